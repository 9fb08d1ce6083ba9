"""A unit a person works in is no part of their title ("a Crown Prosecutor with the
Complex Casework Unit" -> "Crown Prosecutor"); a unit after "of" is a portfolio ("Head
of Major Crime Unit"). Crown prosecutors' grades are titles of their own. Sentences
invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.entities.title_tails import (
    ARTICLE_UNIT_TAIL,
    NAMED_OWNER_UNIT_TAIL,
    OWNED_UNIT_TAIL,
    UNIT_TAIL,
    works_in_owned_unit,
)

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
    "rank_in_the_forces_lower_case_unit": (
        "Joel Brandt, a chief inspector in the force's roads policing unit, said the figures "
        "were stark.",
        {"Joel Brandt": ["Chief Inspector"]},
    ),
    "officer_with_the_councils_team": (
        "Hana Ruiz, an officer with the council's community safety team, said the scheme worked.",
        {"Hana Ruiz": ["Officer"]},
    ),
    "rank_within_the_constabularys_team": (
        "Mark Quill, a sergeant within the constabulary's rural crime team, said thefts fell.",
        {"Mark Quill": ["Sergeant"]},
    ),
    "caseworker_in_the_charitys_two_word_team": (
        "Lee Cato, a caseworker in the charity's outreach and support team, said demand rose.",
        {"Lee Cato": ["Caseworker"]},
    ),
    "rank_in_a_towns_lower_case_team": (
        "Nadia Rahim, a detective constable in Rochdale's burglary team, said the raids worked.",
        {"Nadia Rahim": ["Detective Constable"]},
    ),
    "sergeant_with_a_citys_two_word_team": (
        "Owen Tate, a sergeant with Hull's rural and wildlife crime team, said thefts fell.",
        {"Owen Tate": ["Sergeant"]},
    ),
    "rank_in_a_named_forces_team": (
        "Gail Pryce, a detective sergeant in Dyfed-Powys Police's burglary unit, said it was over.",
        {"Gail Pryce": ["Detective Sergeant"]},
    ),
    "rank_after_the_name_in_the_lower_case_team": (
        "Idris Vaughan, a detective constable in the courier fraud team, said the money was "
        "returned.",
        {"Idris Vaughan": ["Detective Constable"]},
    ),
    "officer_with_the_lower_case_unit": (
        "Mei Lin, an investigator with the economic crime unit, said the scam was cruel.",
        {"Mei Lin": ["Investigator"]},
    ),
    "head_of_the_lower_case_team_is_a_portfolio": (
        "Ruth Obi, head of the fraud victims team, said calls had risen.",
        {"Ruth Obi": ["Head of Fraud Victims Team"]},
    ),
    "head_of_a_towns_team_is_a_portfolio": (
        "Ravi Dutt, head of Rochdale's burglary team, said the raids worked.",
        {"Ravi Dutt": ["Head of Rochdale's Burglary Team"]},
    ),
    "owned_unit_after_of_is_a_portfolio": (
        "Dana Moor, head of the force's dog unit, said it helped.",
        {"Dana Moor": ["Head of Dog Unit"]},
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


@pytest.mark.parametrize(
    ("title", "cut"),
    [
        ("chief inspector in the force's roads policing unit", True),
        ("officer with the council's community safety team", True),
        ("head of the force's dog unit", False),  # a portfolio after "of"
        ("inspector in the force", False),  # no unit
        ("sergeant in the force's south team area", False),  # the unit does not end it
        ("lead in the force's roads policing unit review", False),
    ],
)
def test_owned_unit_tail_pattern(title: str, cut: bool) -> None:
    """Rule ``owned_unit_tail``: a lower-case unit after the anaphoric owner."""
    assert bool(OWNED_UNIT_TAIL.search(title)) is cut


@pytest.mark.parametrize(
    ("title", "cut"),
    [
        ("detective sergeant in Bolton's burglary team", True),
        ("constable with West Mercia's rural crime unit", True),
        ("detective sergeant in burglary team", True),  # its named owner taken out
        ("head of Bolton's burglary team", False),  # a portfolio after "of"
        ("officer in charge of the unit", False),  # not the person's team
        ("sergeant in Bolton", False),  # no unit
        ("sergeant in Bolton's burglary team review", False),  # the unit does not end it
    ],
)
def test_named_owner_unit_tail_pattern(title: str, cut: bool) -> None:
    """Rule ``named_owner_unit_tail``: a unit owned by a named place or body, or bare."""
    assert bool(NAMED_OWNER_UNIT_TAIL.search(title)) is cut


@pytest.mark.parametrize(
    ("title", "cut"),
    [
        ("detective sergeant in the economic crime team", True),
        ("caseworker with the fraud victims team", True),
        ("constable within the rural and wildlife crime unit", True),
        ("head of the economic crime team", False),  # a portfolio after "of"
        ("officer in charge of the team", False),  # not the person's team
        ("sergeant in the fraud team review", False),  # the unit does not end it
        ("inspector in the force", False),  # no unit
    ],
)
def test_article_unit_tail_pattern(title: str, cut: bool) -> None:
    """Rule ``article_unit_tail``: a lower-case unit after a bare "the"."""
    assert bool(ARTICLE_UNIT_TAIL.search(title)) is cut
