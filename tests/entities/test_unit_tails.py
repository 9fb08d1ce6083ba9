"""A unit a person works in is no part of their title ("a Crown Prosecutor with the
Complex Casework Unit" -> "Crown Prosecutor"); a unit after "of" is a portfolio ("Head
of Major Crime Unit"). Crown prosecutors' grades are titles of their own. Sentences
invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.entities.title_tails import UNIT_TAIL, works_in_owned_unit

ROWS = {
    "grade_in_unit_with_acronym": (
        "Farah Iqbal, a Senior Crown Prosecutor in the Serious Economic Crime (SEC) Unit, "
        "said the fraud was planned.",
        {"Farah Iqbal": ["Senior Crown Prosecutor"]},
    ),
    "grade_with_unit": (
        "Ravi Shah, a Crown Prosecutor with the Complex Casework Unit, said the case was hard.",
        {"Ravi Shah": ["Crown Prosecutor"]},
    ),
    "rank_in_team": (
        "Carys Lloyd, Detective Sergeant in the Major Crime Team, said the inquiry was over.",
        {"Carys Lloyd": ["Detective Sergeant"]},
    ),
    "grade_in_a_named_bodys_unit": (
        "Priya Nair, a Senior Crown Prosecutor in the CPS North West Complex Casework Unit, "
        "said the jury had listened carefully.",
        {"Priya Nair": ["Senior Crown Prosecutor"]},
    ),
    "rank_within_a_forces_team": (
        "Tom Askew, a Detective Sergeant within the Kent Police Child Exploitation Team, "
        "said the girls were brave.",
        {"Tom Askew": ["Detective Sergeant"]},
    ),
    "prosecutor_with_an_areas_unit": (
        "Owen Bryce, a Crown Prosecutor with the CPS Wessex Rape and Serious Sexual Offences "
        "Unit, said the verdict was welcome.",
        {"Owen Bryce": ["Crown Prosecutor"]},
    ),
    "unit_after_of_is_a_portfolio": (
        "Neil Varley, Head of Major Crime Unit, said the inquiry was over.",
        {"Neil Varley": ["Head of Major Crime Unit"]},
    ),
}


@pytest.mark.parametrize(("text", "expected"), ROWS.values(), ids=list(ROWS))
def test_unit_tail(nlp: Language, text: str, expected: dict[str, list[str]]) -> None:
    doc = nlp(text)
    people = {i.name: i.titles for i in doc._.entity_info.values() if i.type == "PERSON"}
    assert people == expected


@pytest.mark.parametrize(
    ("title", "cut"),
    [
        ("Crown Prosecutor in the Rape and Serious Sexual Offences (RASSO) Unit", True),
        ("Detective Constable within the Child Exploitation Team", True),
        ("Head of the Complex Casework Unit", False),
        ("Head of Public Protection", False),
    ],
)
def test_unit_tail_pattern(title: str, cut: bool) -> None:
    assert bool(UNIT_TAIL.search(title)) is cut


@pytest.mark.parametrize(
    ("piece", "rest", "owned"),
    [
        ("Senior Crown Prosecutor in the ", " Complex Casework Unit", True),
        ("Detective Sergeant within the ", " Child Exploitation Team", True),
        ("Head of the ", " Complex Casework Unit", False),  # a portfolio after "of"
        ("Crown Prosecutor in the ", "", False),  # the name ends the phrase
        ("Crown Prosecutor in the ", " area", False),  # no unit after the name
    ],
)
def test_works_in_owned_unit(piece: str, rest: str, owned: bool) -> None:
    assert works_in_owned_unit(piece, rest) is owned
