"""A Northern Ireland council's Policing and Community Safety Partnership is an ORG named
with its council area, which may hold "and" and commas (organisation pattern
``policing-community-safety-partnership``); one named only by an owner's possessive is no
entity, nor are its parts. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf

ROWS = [
    pytest.param(
        "Mid Ulster Policing and Community Safety Partnership funded two youth workers.",
        [
            (
                "Mid Ulster Policing and Community Safety Partnership",
                "ORG",
                "org:mid-ulster-policing-and-community-safety-partnership",
            )
        ],
        id="plain-place",
    ),
    pytest.param(
        "The plan was backed by Armagh City, Banbridge and Craigavon Policing and Community "
        "Safety Partnership on Monday.",
        [
            (
                "Armagh City, Banbridge and Craigavon Policing and Community Safety Partnership",
                "ORG",
                "org:armagh-city-banbridge-and-craigavon-policing-and-community-safety-partnership",
            )
        ],
        id="place-with-commas",
    ),
    pytest.param(
        "Causeway Coast and Glens Policing and Community Safety Partnership met in Coleraine.",
        [
            (
                "Causeway Coast and Glens Policing and Community Safety Partnership",
                "ORG",
                "org:causeway-coast-and-glens-policing-and-community-safety-partnership",
            )
        ],
        id="place-with-and",
    ),
    # near misses: no place names the partnership, so it is no entity, nor "Policing"
    pytest.param(
        "Officers met the borough's Policing and Community Safety Partnership on Tuesday.",
        [],
        id="owner-possessive-only",
    ),
    pytest.param(
        "Each council has a Policing and Community Safety Partnership.",
        [],
        id="generic",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_policing_and_community_safety_partnerships(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: list[object]
) -> None:
    """The partnership named with its place, or nothing."""
    assert organisations(nlp, text) == expected
