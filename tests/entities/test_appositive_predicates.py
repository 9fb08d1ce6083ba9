"""A titled appositive after a name, then any predicate ("Jo Bell, the Police and Crime
Commissioner for Kent, will open the hub"): the title vouches for the name as a verb of
saying would; and a compass direction closing a title ("manager in the north") is no part
of it; whom a speaker told ("told the Wessex Free Press: …") is no speaker.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.test_person_rules import found

AUXILIARY_ROWS = {
    "commissioner_will": (
        "Petra Lund, the Police and Crime Commissioner for Thames Valley, will open the hub.",
        {"Petra Lund": ["Police and Crime Commissioner"]},
    ),
    "chief_executive_has": (
        "Idris Vaughan, chief executive of the Harbour Trust, has written to the council.",
        {"Idris Vaughan": ["Chief Executive"]},
    ),
    "superintendent_is": (
        "Colin Marsh, the force's head of roads policing, is leading the review.",
        {"Colin Marsh": ["Head of Roads Policing"]},
    ),
    "described_with_given_name": (
        "Amy Cole, a teacher from Leeds, was jailed for two years.",
        {"Amy Cole": []},
    ),
}


@pytest.mark.parametrize(("text", "expected"), AUXILIARY_ROWS.values(), ids=list(AUXILIARY_ROWS))
def test_titled_appositive_then_auxiliary(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    assert found(nlp, text) == expected


NOT_PEOPLE = {
    "place_described": "Kent, the garden of England, will host the games.",
    "organisation_described": "Harbour Trust, a local charity, will run the scheme.",
}


@pytest.mark.parametrize("text", NOT_PEOPLE.values(), ids=list(NOT_PEOPLE))
def test_described_non_people(nlp: Language, text: str) -> None:
    assert found(nlp, text) == {}


COMPASS_ROWS = [
    (
        '"We help," said Rhian Beck, the charity\'s outreach manager in the south.',
        ["Outreach Manager"],
    ),
    ('"We help," said Rhian Beck, the trust\'s lead for the south-west.', ["Lead"]),
    ('"We help," said Rhian Beck, head of services for the north east.', ["Head of Services"]),
    ('"We help," said Rhian Beck, head of North Division.', ["Head of North Division"]),
    ('"We help," said Rhian Beck, head of services for the North East.', ["Head of Services"]),
]


@pytest.mark.parametrize(("text", "titles"), COMPASS_ROWS)
def test_compass_tail(nlp: Language, text: str, titles: list[str]) -> None:
    assert found(nlp, text) == {"Rhian Beck": titles}


ADDRESSEE_ROWS = [
    pytest.param(
        'Sgt Ola Dunn told the Wessex Free Press: "It was a long night."',
        {"Ola Dunn": ["Sergeant"]},
        id="told-an-outlet",
    ),
    pytest.param(
        'PC Ivo Marsh said to Radio Severn: "We were there."',
        {"Ivo Marsh": ["Police Constable"]},
        id="said-to-a-station",
    ),
    pytest.param('Leah Quinn: "We listen."', {"Leah Quinn": []}, id="a-speaker-intro-still"),
]


@pytest.mark.parametrize(("text", "expected"), ADDRESSEE_ROWS)
def test_an_addressee_is_no_speaker(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    assert found(nlp, text) == expected
