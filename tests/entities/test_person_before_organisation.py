"""A name found by pattern never opens on a person: where a match starts on a few
capitalised words joined by "of"/"from"/"at" to the name after them, and a title or a
known given name leads those words, they are the person's and the organisation starts
after the link (``PatternRules._past_person``). Every sentence is invented; near misses
keep names whose own words hold "of"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

Found = list[tuple[str, str]]
CASES: list[tuple[str, Found]] = [
    (
        "Sergeant Ann Ray of the Calderdale Safeguarding Children Partnership spoke.",
        [("Calderdale Safeguarding Children Partnership", "ORG")],
    ),
    (
        "Ann Ray of the Calderdale Safeguarding Children Partnership spoke.",
        [("Calderdale Safeguarding Children Partnership", "ORG")],
    ),
    (
        "PC Ray from Bolton Community Safety Partnership spoke.",
        [("Bolton Community Safety Partnership", "ORG")],
    ),
    (
        "Ann Ray of North Yorkshire Trading Standards said the goods were fake.",
        [("North Yorkshire Trading Standards", "ORG")],
    ),
    # near misses: an organisation's own "of", after "The" (a given name in the list too)
    (
        "The Office of the Police and Crime Commissioner for Dorset paid for it.",
        [("Office of the Police and Crime Commissioner for Dorset", "ORG")],
    ),
    ("The University of Hull ran the study.", [("University of Hull", "ORG")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_match_does_not_open_on_a_person(
    nlp: Language, organisations: object, text: str, expected: Found
) -> None:
    found = organisations(nlp, text)  # type: ignore[operator]
    assert [(name, label) for name, label, _ in found] == expected


ROLES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "Sergeant Ann Ray of North Yorkshire Trading Standards said the goods were fake.",
        "Ann Ray",
        [("Sergeant", "org:north-yorkshire-trading-standards")],
    ),
    ("Ann Ray of North Yorkshire Trading Standards said the goods were fake.", "Ann Ray", []),
]


@pytest.mark.parametrize(("text", "name", "roles"), ROLES)
def test_the_person_keeps_the_organisation(
    nlp: Language, text: str, name: str, roles: list[tuple[str, str | None]]
) -> None:
    found = people(nlp, text)[name]
    assert [(r.title, r.organisation) for r in found.roles] == roles
