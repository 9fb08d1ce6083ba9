"""Named parts of a place the text points back to are the area of their figure, though the
gazetteer does not hold them ("the city's Cityside and Waterside areas", "the town's
Campsie estate": ``place_phrases.OWNED_NAMED_PARTS``, rule ``owned_named_parts``); a body's
area ("the county's Police area") is none. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Newry and Omagh recorded 14 assaults in 2024. Eight of them were in the city's"
        " Derrybeg and Carnagat areas and six in Omagh.",
        [(14.0, "Newry and Omagh"), (8.0, "Derrybeg and Carnagat"), (6.0, "Omagh")],
        id="two-areas-then-a-town",
    ),
    pytest.param(
        "Omagh recorded 12 burglaries last year. Five of them were in the town's Campsie estate.",
        [(12.0, "Omagh"), (5.0, "Campsie")],
        id="estate",
    ),
    # near miss: a body's area is no part of a place
    pytest.param(
        "Kent recorded 40 thefts. Officers made 12 arrests in the county's Police area.",
        [(40.0, "Kent"), (12.0, "Kent")],
        id="body-area",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_owned_named_parts(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected
