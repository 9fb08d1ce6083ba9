"""A body named after "work with" / "worked with" is a partner in the work, not where the
figures are (``PARTNER_CUES``, as "working with", "alongside"); "works with" (where a body
works all the time) still names its area: "Leeds City
Council will work with West Yorkshire Police on bike marking, after 1,290 bikes were
reported stolen in the city in 2024" is Leeds's count. Sentences invented for the test;
near misses name the force as the one that counts, with no cue before it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    (
        "Leeds City Council will also work with West Yorkshire Police on bike marking, after "
        "1,290 bikes were reported stolen in the city in 2024.",
        [(1290.0, "Leeds")],
    ),
    (
        "Bradford Council worked with West Yorkshire Police to seize 40 cars in the city last "
        "year.",
        [(40.0, "Bradford")],
    ),
    (
        "Medway Council will work with Kent Police, and the council handled 300 complaints in "
        "the town last year.",
        [(300.0, "Medway")],
    ),
    # near misses: the force counts its own figures
    ("West Yorkshire Police recorded 500 thefts last year.", [(500.0, "West Yorkshire")]),
    ("Kent Police said it had worked hard and seized 80 cars.", [(80.0, "Kent")]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_work_with_names_a_partner(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected
