"""A rank written right after a force's name whose body word it would otherwise swallow
("Kent Police Sergeant Tom Bryant") is the rank without that word: a Sergeant of the force,
not a "Police Sergeant" (rule ``rank_after_owner_word``,
``title_context.rank_after_owner_word``); sentences invented for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf, people


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("Essex Police Sergeant Amy Cole said the patrols had worked.", "Amy Cole",
         ["Sergeant"]),
        ("Kent Police Sergeant Tom Bryant said: \"It is one team.\"", "Tom Bryant",
         ["Sergeant"]),
        ("Lancashire Police Chief Inspector Jo Bell said the patrols had worked.", "Jo Bell",
         ["Chief Inspector"]),
        # near misses: no force before the rank, or no body word opening it
        ("Police Sergeant Amy Cole said the patrols had worked.", "Amy Cole",
         ["Police Sergeant"]),
        ("On Friday, Police Sergeant Amy Cole said the patrols had worked.", "Amy Cole",
         ["Police Sergeant"]),
        ("Durham Constabulary Sergeant Amy Cole said the patrols had worked.", "Amy Cole",
         ["Sergeant"]),
    ],
)  # fmt: skip
def test_rank_after_a_forces_body_word(
    nlp: Language, text: str, name: str, titles: list[str]
) -> None:
    assert sorted(people(nlp, text)[name].titles) == titles


@pytest.mark.parametrize(
    ("text", "forces", "name", "roles"),
    [
        # the force keeps its body word, and the rank is the force's
        ("Kent Police Sergeant Tom Bryant said the road was shut.", ["Kent Police"],
         "Tom Bryant", [("Sergeant", "force:kent-police")]),
        ("Essex Police Sergeant Amy Cole said the patrols had worked.", ["Essex Police"],
         "Amy Cole", [("Sergeant", "force:essex-police")]),
        # a family name alone after the rank: the same rank and force
        ("Kent Police Sergeant Bryant said the road was shut.", ["Kent Police"],
         "Bryant", [("Sergeant", "force:kent-police")]),
        # near misses: no force before the rank; a commissioner's title is one title
        ("Police Sergeant Amy Cole said the patrols had worked.", [], "Amy Cole",
         [("Police Sergeant", None)]),
        ("Kent Police and Crime Commissioner Matt Scott said it was good.", [],
         "Matt Scott", [("Police and Crime Commissioner", None)]),
    ],
)  # fmt: skip
def test_force_keeps_its_body_word(
    nlp: Language,
    organisations: OrganisationsOf,
    text: str,
    forces: list[str],
    name: str,
    roles: list[tuple[str, str | None]],
) -> None:
    assert [found for found, _, _ in organisations(nlp, text)] == forces
    assert [(r.title, r.organisation) for r in people(nlp, text)[name].roles] == roles


@pytest.mark.parametrize(
    ("text", "forces", "people_roles"),
    [
        # a rank that opens on the body word keeps the force its word too
        ("A Cumbria Police constable who waded into the lake was praised.", ["Cumbria Police"],
         {}),
        ("The Dorset Police community support officer was thanked.", ["Dorset Police"], {}),
        ("Cumbria Police Constable Ana Ruiz said the lake was cold.", ["Cumbria Police"],
         {"Ana Ruiz": [("Police Constable", "force:cumbria-constabulary")]}),
        # near miss: the constable's rank with no force before it
        ("Police Constable Ana Ruiz said the lake was cold.", [],
         {"Ana Ruiz": [("Police Constable", None)]}),
    ],
)  # fmt: skip
def test_a_rank_opening_on_the_body_word(
    nlp: Language,
    organisations: OrganisationsOf,
    text: str,
    forces: list[str],
    people_roles: dict[str, list[tuple[str, str | None]]],
) -> None:
    assert [found for found, _, _ in organisations(nlp, text)] == forces
    found = {
        name: [(r.title, r.organisation) for r in p.roles] for name, p in people(nlp, text).items()
    }
    assert found == people_roles
