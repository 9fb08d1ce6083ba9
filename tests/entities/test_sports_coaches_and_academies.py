"""A sports club's coach holds the title "Coach" or "Head Coach" (``titles.jsonl`` entries
``coach`` and ``head-coach``), before or after the name, and a capitalised name ending in a
sport and "Academy" or "Gym" ("Pentre Boxing Academy") is an ORG (pattern
``sports-academy``). Every sentence is invented for the test; the near misses name no
person or no organisation."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf, people

TITLE_ROWS = [
    pytest.param(
        "The gym's head coach, Dan Moss, said 30 teenagers came every week.",
        "Dan Moss",
        ["Head Coach"],
        id="possessive-head-coach-before-name",
    ),
    pytest.param(
        "Head coach Nadia Okoye said the gym was full.",
        "Nadia Okoye",
        ["Head Coach"],
        id="head-coach-before-name",
    ),
    pytest.param(
        "Kieran Platt, the academy's coach, said the sessions kept boys off the street.",
        "Kieran Platt",
        ["Coach"],
        id="possessive-coach-after-name",
    ),
]


@pytest.mark.parametrize(("text", "name", "titles"), TITLE_ROWS)
def test_coach_titles(nlp: Language, text: str, name: str, titles: list[str]) -> None:
    assert sorted(role.title for role in people(nlp, text)[name].roles) == titles


def test_coach_alone_names_no_person(nlp: Language) -> None:
    assert people(nlp, "The head coach said the club would reopen in May.") == {}


ACADEMY_ROWS = [
    pytest.param(
        "The grant to Seacroft Boxing Academy in Leeds will pay for 80 sessions.",
        [("Seacroft Boxing Academy", "ORG")],
        id="boxing-academy",
    ),
    pytest.param(
        "Staff at Pentre Sports Gym in Cardiff said they were shocked.",
        [("Pentre Sports Gym", "ORG")],
        id="sports-gym",
    ),
    pytest.param(
        "Young people from Hartcliffe Football Academy played on Saturday.",
        [("Hartcliffe Football Academy", "ORG")],
        id="football-academy",
    ),
    # near misses: no name before the sport, or no sport before the head
    pytest.param("The Boxing Academy opened on Monday.", [], id="no-name-before-sport"),
]


@pytest.mark.parametrize(("text", "expected"), ACADEMY_ROWS)
def test_sports_academies(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(found, label) for found, label, _ in organisations(nlp, text)] == expected
