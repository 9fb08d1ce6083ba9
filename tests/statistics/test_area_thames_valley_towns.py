"""Market towns of the Thames Valley are places of their own (``places.txt``,
``place_within.txt``): a figure "in Thame" takes the town, not the force area, and a
surname that is a town's name is still a person's. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP
from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thames Valley Police said the busiest group was in Wantage, where volunteers "
            "logged 640 vehicles.",
            [(640, "Wantage")],
        ),
        ("Officers in Chesham stopped 41 drivers, Thames Valley Police said.", [(41, "Chesham")]),
        (
            "Speedwatch volunteers recorded 1,218 drivers in Henley-on-Thames.",
            [(1218, "Henley-on-Thames")],
        ),
        ("Thames Valley Police issued 96 tickets in Thatcham.", [(96, "Thatcham")]),
        # near misses: a town not named takes the force area; "the Thames" is a river
        ("Thames Valley Police recorded 57 speeding offences.", [(57, "Thames Valley")]),
        (
            "Thames Valley Police pulled 14 boats from the Thames.",
            [(14, "Thames Valley")],
        ),
    ],
)
def test_area_thames_valley_towns(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected


def test_town_surname_is_still_a_person(nlp: Language) -> None:
    doc = nlp('Inspector Tom Wallingford said: "We stopped 12 cars in Thame."')
    people = [span.text for span in doc.spans[ENTITY_SPAN_GROUP] if span.label_ == "PERSON"]
    assert people == ["Tom Wallingford"]
