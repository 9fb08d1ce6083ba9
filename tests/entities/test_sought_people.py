"""Person rule ``sought_person``: whom police seek or want to speak to ("missing
teenager Kayla Morris", "wanted man Connor Blake", "speak to Aaron Fielding", "trace
Leanne Price") is a person when the name opens on a known given name; an organisation
or a charity after the same words is none. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.test_person_rules import found

ROWS = {
    "missing_with_description": (
        "Concern is growing for missing pensioner Doreen Hollis in Truro.",
        {"Doreen Hollis": []},
    ),
    "missing_schoolboy": (
        "Police in Wrexham are searching for missing schoolboy Tomos Price.",
        {"Tomos Price": []},
    ),
    "wanted_man": (
        "Wanted man Connor Blake is believed to have links to Luton.",
        {"Connor Blake": []},
    ),
    "speak_to": (
        "Officers would like to speak to Aaron Fielding in connection with the burglary.",
        {"Aaron Fielding": []},
    ),
    "speak_with": (
        "Detectives need to speak with Imogen Tate about the crash on the A30.",
        {"Imogen Tate": []},
    ),
    "locate": (
        "Officers are working to locate Shannon Doyle in Grimsby.",
        {"Shannon Doyle": []},
    ),
}


@pytest.mark.parametrize(("text", "expected"), ROWS.values(), ids=list(ROWS))
def test_sought_person(nlp: Language, text: str, expected: dict[str, list[str]]) -> None:
    assert found(nlp, text) == expected


NOT_PEOPLE = {
    "force_after_speak_to": "Residents can speak to Dorset Police at the event.",
    "charity_after_missing": "Missing People said it would help the family.",
    "place_after_find": "Visitors will find Barnstaple Library open on Sundays.",
}


@pytest.mark.parametrize("text", NOT_PEOPLE.values(), ids=list(NOT_PEOPLE))
def test_not_sought_people(nlp: Language, text: str) -> None:
    assert found(nlp, text) == {}
