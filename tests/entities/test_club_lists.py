"""Clubs listed beside a club (``club_lists`` rule ``football-club-listed``; sentences
invented for these tests): the other items of a list holding a club, ending on a word
clubs end on, are clubs; a listed place, a body or a list with no club adds none."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import Found, OrganisationsOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # items after the club, with no football word after them
        ("Stewards worked at fixtures of Leeds United, Bradford City and Harrogate Town.",
         [("Leeds United", "ORG", "org:leeds-united"),
          ("Bradford City", "ORG", "org:bradford-city"),
          ("Harrogate Town", "ORG", "org:harrogate-town")]),
        # items before the club, and a club whose last word is no club rule's head
        ("Banning orders went to fans of Sheffield Wednesday, Crystal Palace and Bristol Rovers.",
         [("Sheffield Wednesday", "ORG", "org:sheffield-wednesday"),
          ("Crystal Palace", "ORG", "org:crystal-palace"),
          ("Bristol Rovers", "ORG", "org:bristol-rovers")]),
        # ... and the listed club said again later (rule named-again)
        ("Supporters of Exeter City and Plymouth Argyle were kept apart. Exeter City said "
         "it would ban the men.",
         [("Exeter City", "ORG", "org:exeter-city"),
          ("Plymouth Argyle", "ORG", "org:plymouth-argyle"),
          ("Exeter City", "ORG", "org:exeter-city")]),
        # near misses: a listed place, a body, a list with no club
        ("Stewards from Leyton Orient FC and Waltham Forest joined the patrol.",
         [("Leyton Orient FC", "ORG", "org:leyton-orient-fc")]),
        ("Carlisle United and Cleveland Police staff met before kick-off.",
         [("Carlisle United", "ORG", "org:carlisle-united"),
          ("Cleveland Police", "FORCE", "force:cleveland-police")]),
        ("Patrols covered Bradford City and Harrogate Town centres at night.", []),
    ],
)  # fmt: skip
def test_listed_clubs(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: Found
) -> None:
    assert organisations(nlp, text) == expected
