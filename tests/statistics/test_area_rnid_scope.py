"""RNID is a national body of :data:`~pressfacts.statistics.national_scopes.NATIONAL_SCOPES`
(UK-wide): its own figures, where no place is named, are the UK's, though a force it
cites is named later; a place named keeps its figure, and a force's release that names the
charity keeps its own area. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "RNID has published a survey on access to emergency services.\n\n"
        "It asked 860 deaf adults, and 42% said they had struggled to report a crime.",
        [(860, "UK"), (42, "UK")],
        id="charity-own-survey",
    ),
    pytest.param(
        "A survey published today by RNID found 2,100 people had used text relay.\n\n"
        "Police Scotland said it had trained 30 staff in deaf awareness.",
        [(2100, "UK"), (30, "Scotland")],
        id="force-cited-later",
    ),
    # near misses: a place named; a force's own release naming the charity
    pytest.param(
        "RNID has published a survey on access to emergency services.\n\n"
        "In Cardiff, 120 deaf residents took part.",
        [(120, "Cardiff")],
        id="place-named",
    ),
    pytest.param(
        "Gwent Police is working with RNID on deaf awareness.\n\n"
        "Officers trained 64 call handlers last year.",
        [(64, "Gwent")],
        id="force-release",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_rnid_speaks_for_the_uk(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
