"""A deputy's or a stand-in's title keeps the place or force written before it: the owner
is read before "Deputy"/"Vice" when the table has no deputy form of the title ("Greater
Manchester's Deputy Mayor, Jo Bell," -> Deputy Mayor of Greater Manchester) and before an
"Acting"/"Temporary"/"Interim" prefix ("Wiltshire's Acting Chief Constable" -> the force),
which a title set off by commas keeps ("The Acting Chief Constable, Jo Bell, said").
Every sentence is invented; near misses keep what they had."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

Role = tuple[str, str | None, str | None]
CASES: list[tuple[str, str, list[Role]]] = [
    (
        "Merseyside's Deputy Mayor, Orla Finch, said the funding was secured.",
        "Orla Finch",
        [("Deputy Mayor", None, "Merseyside")],
    ),
    (
        "South Yorkshire Deputy Mayor Orla Finch said the funding was secured.",
        "Orla Finch",
        [("Deputy Mayor", None, "South Yorkshire")],
    ),
    (
        "The NSPCC's Vice Chair, Orla Finch, opened the event.",
        "Orla Finch",
        [("Vice Chair", "charity:nspcc", None)],
    ),
    (
        "Dorset's Acting Chief Constable Orla Finch said the review was complete.",
        "Orla Finch",
        [("Acting Chief Constable", "force:dorset-police", None)],
    ),
    (
        "Essex Police's Temporary Chief Inspector Orla Finch led the patrols.",
        "Orla Finch",
        [("Temporary Chief Inspector", "force:essex-police", None)],
    ),
    (
        "Cumbria's Interim Police and Crime Commissioner Orla Finch said so.",
        "Orla Finch",
        [("Interim Police and Crime Commissioner", None, "Cumbria")],
    ),
    # a stand-in's title set off by commas before the name keeps its prefix and owner
    (
        "Essex Police's Temporary Chief Inspector, Orla Finch, led the patrols.",
        "Orla Finch",
        [("Temporary Chief Inspector", "force:essex-police", None)],
    ),
    (
        "The Acting Chief Constable, Orla Finch, said the review was complete.",
        "Orla Finch",
        [("Acting Chief Constable", None, None)],
    ),
    # near misses: the deputy title the table knows, and no owner before it
    (
        "Kent Police Deputy Chief Constable Orla Finch said so.",
        "Orla Finch",
        [("Deputy Chief Constable", "force:kent-police", None)],
    ),
    ("Deputy Mayor Orla Finch said so.", "Orla Finch", [("Deputy Mayor", None, None)]),
]


@pytest.mark.parametrize(("text", "name", "roles"), CASES)
def test_deputy_and_stand_in_titles_keep_their_owner(
    nlp: Language, text: str, name: str, roles: list[Role]
) -> None:
    person = people(nlp, text)[name]
    assert [(r.title, r.organisation, r.area) for r in person.roles] == roles
