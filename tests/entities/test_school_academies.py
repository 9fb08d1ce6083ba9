"""A capitalised name before "Academy" is a school, an ORG (pattern ``school-academy`` in
``organisation_patterns.jsonl``), and a head teacher "of" it keeps the title alone. Every
sentence is invented for the test; the near misses name no school: "the Academy" alone, a
police, national or online academy, and an academy trust (its own rule)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf, people

ACADEMY_ROWS = [
    pytest.param(
        "Hundreds went to Kingsway Academy on Tuesday.",
        [("Kingsway Academy", "ORG")],
        id="one-word-name",
    ),
    pytest.param(
        "Pupils at Castle Brook Academy in Swindon took part in the workshop.",
        [("Castle Brook Academy", "ORG")],
        id="two-word-name-and-town",
    ),
    pytest.param(
        "A knife was found in a bag at Great Barr Park Academy, the school confirmed.",
        [("Great Barr Park Academy", "ORG")],
        id="three-word-name",
    ),
    # near misses
    pytest.param("The Academy opened on Monday.", [], id="academy-alone"),
    pytest.param("Recruits train at the Police Academy for 20 weeks.", [], id="police-academy"),
    pytest.param("She completed the Online Academy course in May.", [], id="online-academy"),
]


@pytest.mark.parametrize(("text", "expected"), ACADEMY_ROWS)
def test_school_academies(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(found, label) for found, label, _ in organisations(nlp, text)] == expected


HEAD_ROWS = [
    pytest.param(
        '"We are proud of them," said Ruth Hale, headteacher of Oakmere Academy in Crewe.',
        "Ruth Hale",
        ["Headteacher"],
        id="headteacher-of-academy-after-name",
    ),
    pytest.param(
        "Anna Price, the head teacher of Moorside Academy, said the arch had found nothing.",
        "Anna Price",
        ["Headteacher"],
        id="head-teacher-of-academy-with-the",
    ),
]


@pytest.mark.parametrize(("text", "name", "titles"), HEAD_ROWS)
def test_head_of_academy_titles(nlp: Language, text: str, name: str, titles: list[str]) -> None:
    assert sorted(role.title for role in people(nlp, text)[name].roles) == titles
