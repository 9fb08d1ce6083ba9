"""A sentence that sets a local figure against a national one points back per clause:
"Across the region, 14% …, compared with 11% … nationally" (``figure_areas._region_words``).
Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "The NSPCC polled 3,000 adults in the UK, including 400 parents in the North West. Across "
        "the region, 23% of parents said they worried, compared with 19% of parents nationally.",
        [(3000, "UK"), (400, "North West"), (23, "North West"), (19, "UK")],
        id="local-clause-then-national-clause",
    ),
    pytest.param(
        "Barnardo's surveyed 2,000 people in Wales, including 300 people in Gwynedd. "
        "Nationally, 40% said they felt safe, compared with 52% in the area.",
        [(2000, "Wales"), (300, "Gwynedd"), (40, "Wales"), (52, "Gwynedd")],
        id="national-clause-then-local-clause",
    ),
    # national words only in the yardstick after the figure: not the figure's area
    pytest.param(
        "Wardens in Sefton issued 340 fines last year. Of those, 31.5% were paid on time, "
        "compared with 33.0% nationally.",
        [(340, "Sefton"), (31.5, "Sefton"), (33, "England")],
        id="national-words-in-the-yardstick-only",
    ),
    # near miss: the national words before the yardstick are the figure's
    pytest.param(
        "Wardens in Sefton issued 340 fines last year. Nationally, 28% of fines were paid "
        "late, compared with 35% in 2022.",
        [(340, "Sefton"), (28, "England"), (35, "England")],
        id="national-words-before-the-yardstick",
    ),
    # near miss: no national words: the region words alone, as before
    pytest.param(
        "The charity polled 900 people in the North East. Across the region, 31% said they "
        "felt unsafe at night.",
        [(900, "North East"), (31, "North East")],
        id="local-words-alone",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_local_and_national_clauses(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected
