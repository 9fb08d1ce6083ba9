"""Police roles written before a name in lower case or in capitals are titles of the table:
family liaison, investigating, schools liaison, wildlife and rural crime officers ("Family
liaison officer Kim Yates", "Investigating officer DC Sam Lowe"); they had given "Officer"
alone or nothing. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

CASES: list[tuple[str, str, list[str]]] = [
    (
        "Family liaison officer Kim Yates supported the family.",
        "Kim Yates",
        ["Family Liaison Officer"],
    ),
    (
        "Investigating officer DC Sam Lowe said the search went on.",
        "Sam Lowe",
        ["Detective Constable", "Investigating Officer"],
    ),
    (
        "Wildlife crime officer PC Ann Ray said 12 birds were poisoned.",
        "Ann Ray",
        ["Police Constable", "Wildlife Crime Officer"],
    ),
    (
        "Rural Crime Officer Tom Ward said the thefts had stopped.",
        "Tom Ward",
        ["Rural Crime Officer"],
    ),
    (
        "Schools liaison officer Amy Dale visited 40 classes.",
        "Amy Dale",
        ["Schools Liaison Officer"],
    ),
]


@pytest.mark.parametrize(("text", "name", "titles"), CASES)
def test_a_police_role_is_a_title(nlp: Language, text: str, name: str, titles: list[str]) -> None:
    assert sorted(people(nlp, text)[name].titles) == sorted(titles)


WORDED_CASES: list[tuple[str, str, list[str]]] = [
    (
        "School liaison officer Jade Mills spoke to 300 pupils.",
        "Jade Mills",
        ["School Liaison Officer"],
    ),
    (
        "PC Ravi Shah, a school liaison officer in Wigan, said knives were rare.",
        "Ravi Shah",
        ["Police Constable", "School Liaison Officer"],
    ),
    # near miss: the plural form stays as worded
    (
        "PC Lara Finch, a schools liaison officer in Crewe, said pupils were safe.",
        "Lara Finch",
        ["Police Constable", "Schools Liaison Officer"],
    ),
]
"""Entries ``school-liaison-officer`` and ``schools-liaison-officer``: the role keeps the
text's wording ("school" or "schools"), as the other titles do."""


@pytest.mark.parametrize(("text", "name", "titles"), WORDED_CASES)
def test_a_liaison_role_keeps_its_wording(
    nlp: Language, text: str, name: str, titles: list[str]
) -> None:
    assert sorted(people(nlp, text)[name].titles) == sorted(titles)


TEAM_LEADER_CASES: list[tuple[str, str, list[str]]] = [
    (
        "Sergeant Ffion Hughes, North Wales Police's rural crime team leader, said 30 quad bikes"
        " were stolen.",
        "Ffion Hughes",
        ["Sergeant", "Rural Crime Team Leader"],
    ),
    (
        "PC Callum Reid, the wildlife crime team leader for Police Scotland, said nets were"
        " seized.",
        "Callum Reid",
        ["Police Constable", "Wildlife Crime Team Leader"],
    ),
    # near misses: a team leader of no named crime team; a rural crime officer
    (
        "Sergeant Jo Banks, Cheshire Police's team leader, said the thefts had stopped.",
        "Jo Banks",
        ["Sergeant", "Team Leader"],
    ),
    (
        "PC Dan Ellis, the force's rural crime officer, said 12 sheep were taken.",
        "Dan Ellis",
        ["Police Constable", "Rural Crime Officer"],
    ),
]
"""Entries ``rural-crime-team-leader`` and ``wildlife-crime-team-leader``: the leader of a
force's rural or wildlife crime team, written in lower case after the name, had given the rank
alone ("Team Leader" was not read out of "rural crime team leader")."""


@pytest.mark.parametrize(("text", "name", "titles"), TEAM_LEADER_CASES)
def test_a_crime_team_leader_is_a_title(
    nlp: Language, text: str, name: str, titles: list[str]
) -> None:
    assert sorted(people(nlp, text)[name].titles) == sorted(titles)
