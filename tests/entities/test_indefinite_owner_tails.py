"""An unnamed body a title is held at, described with "a"/"an" ("headteacher of a
Gillingham academy", "manager of a Bradford youth club that runs boxing sessions"), goes,
leaving the role (``title_tails.INDEFINITE_OWNER_TAIL``, rule ``indefinite_owner_tail``).
A capitalised end (a name) and a body with "the" keep their words. Every sentence is
invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

CASES = {
    "headteacher_of_a_place_school": (
        "Ruth Mensah, headteacher of a Rotherham primary school, said the pupils were proud.",
        {"Ruth Mensah": ["Headteacher"]},
    ),
    "manager_of_a_club_with_relative": (
        "Carl Nolan, manager of a Sunderland boxing club that trains 80 teenagers, said so.",
        {"Carl Nolan": ["Manager"]},
    ),
    "coordinator_at_an_unnamed_charity": (
        "Jess Hollis, project coordinator at an Exeter youth charity, said demand was high.",
        {"Jess Hollis": ["Project Coordinator"]},
    ),
    # near misses: a capitalised end is a name; "the" is not "a"
    "capitalised_end": (
        "Owen Pryce, lead for a Safer Swansea, said the scheme would grow.",
        {"Owen Pryce": ["Lead for a Safer Swansea"]},
    ),
    "definite_body": (
        "Nina Shah, head of the youth service, said the centres were full.",
        {"Nina Shah": ["Head of Youth Service"]},
    ),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_indefinite_owner_tails(nlp: Language, text: str, expected: dict[str, list[str]]) -> None:
    found = {name: sorted(info.titles) for name, info in people(nlp, text).items()}
    assert found == {name: sorted(titles) for name, titles in expected.items()}
