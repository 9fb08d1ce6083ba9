"""A capitalised owner in the possessive that no organisation or place mention took, right
before a lower-case title ("Bolt's chief executive, Lesley Jones,"), owns the title and is
no part of it (rule ``unknown_possessive_owner`` of ``TitleTable.owner_before``): the title
is "Chief Executive", not "Bolt Chief Executive". A client group keeps its word
("Children's"), and a known owner still owns the title. Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

CASES: list[tuple[str, str, list[tuple[str, str | None, str | None]]]] = [
    (
        "Harbour's chief executive, Lesley Jones, said waiting times were a concern.",
        "Lesley Jones",
        [("Chief Executive", None, None)],
    ),
    (
        "Tillwood's head of services, Omar Baig, said demand had doubled.",
        "Omar Baig",
        [("Head of Services", None, None)],
    ),
    (
        "The Lanterns Project's manager, Jo Bell, said the scheme had worked.",
        "Jo Bell",
        [("Manager", None, None)],
    ),
    # near misses: a known charity or a place in the possessive still owns the title
    (
        "Refuge's chief executive, Ellie Butt, said waiting times were a concern.",
        "Ellie Butt",
        [("Chief Executive", "charity:refuge", None)],
    ),
    (
        "Kent's chief constable, Tim Smith, said the plan was working.",
        "Tim Smith",
        [("Chief Constable", "force:kent-police", None)],
    ),
    (  # a capitalised title after a possessive keeps it: the possessive is the title's own
        # (the table writes it without its apostrophe)
        "The Victims' Commissioner, Nadia Rahman, said waits were too long.",
        "Nadia Rahman",
        [("Victims Commissioner", None, None)],
    ),
    (  # no possessive: a capitalised word before the title stays its portfolio
        "Depot Commander Ravi Shah said the vans were ready.",
        "Ravi Shah",
        [("Depot Commander", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "name", "roles"), CASES)
def test_unknown_possessive_owner(
    nlp: Language, text: str, name: str, roles: list[tuple[str, str | None, str | None]]
) -> None:
    found = people(nlp, text)[name]
    assert [(r.title, r.organisation, r.area) for r in found.roles] == roles
