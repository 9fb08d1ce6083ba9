"""Night-time economy bodies: the Drinkaware Crew (a named service of the Drinkaware
charity), local Pubwatch schemes (organisation pattern ``pubwatch``: a place then
"Pubwatch") and nightclubs named between "the" and "nightclub" (pattern
``venue-named-before-nightclub``; not a place, a street, a holiday or a force).
Sentences invented for the test."""

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
    (
        "Cardiff Council suspended the licence of the Neon Palace nightclub on Friday.",
        [
            ("Cardiff Council", "ORG", "org:cardiff-council"),
            ("Neon Palace", "ORG", "org:neon-palace"),
        ],
    ),
    (
        "Officers were called to the Red Lion nightclub in Hexham.",
        [("Red Lion", "ORG", "org:red-lion")],
    ),
    (
        "Staff at the Salt & Pepper nightclub had been trained in Ask for Angela.",
        [("Salt & Pepper", "ORG", "org:salt-pepper")],
    ),
    # near misses: a place, a street, a holiday or a force before the noun
    ("The Swansea nightclub was closed after the review.", []),
    ("The Castle Street nightclub was closed after the review.", []),
    ("Revellers queued at the Christmas nightclub night.", []),
    (
        "Officers from Gwent Police visited the bar.",
        [("Gwent Police", "FORCE", "force:gwent-police")],
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
