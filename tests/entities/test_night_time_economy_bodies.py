"""Night-time economy bodies: the Drinkaware Crew (a named service of the Drinkaware
charity) and local Pubwatch schemes (organisation
pattern ``pubwatch``: a place then "Pubwatch"). Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP

CASES: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "Volunteers from the Drinkaware Crew helped 300 people in Leeds.",
        [("Drinkaware Crew", "CHARITY", "charity:drinkaware-crew")],
    ),
    (
        "Members of Newcastle Pubwatch agreed to share banning notices.",
        [("Newcastle Pubwatch", "ORG", "org:newcastle-pubwatch")],
    ),
    (
        "Hereford City PubWatch met officers on Monday.",
        [("Hereford City PubWatch", "ORG", "org:hereford-city-pubwatch")],
    ),
    # near misses: Pubwatch with no name before it; the crew of a ship
    ("Licensees said pubwatch schemes worked well.", []),
    ("The lifeboat crew rescued two people off Whitby.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_night_time_economy_bodies(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(span.text, span.label_, span.id_) for span in spans] == expected
