"""A rank or title with a family name alone ("Inspector Okafor", rule ``rank_surname``) keeps
the title or body of an appositive after it, as a full name does: "Inspector Okafor, head
of roads policing, said"; "DI Okafor, of Kent Police, said" gives the rank to the force.
Sentences invented for these tests, with near misses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

Role = tuple[str, str | None, str | None]
CASES: list[tuple[str, str, list[Role], list[str]]] = [
    (
        "Inspector Okafor, head of roads policing, said the limit would be enforced.",
        "Okafor",
        [("Inspector", None, None), ("Head of Roads Policing", None, None)],
        [],
    ),
    (
        "Lord Ashby, the chair of the review, said the findings were stark.",
        "Ashby",
        [("Lord", None, None), ("Chair", None, None)],  # chaired_review: only the chair
        [],
    ),
    (
        "DI Okafor, of Kent Police, said three men had been charged.",
        "Okafor",
        [("Detective Inspector", "force:kent-police", None)],
        ["force:kent-police"],
    ),
    (
        "Sgt Lyle, from the NSPCC, said the sessions were full.",
        "Lyle",
        [("Sergeant", "charity:nspcc", None)],
        ["charity:nspcc"],
    ),
    # near miss: no appositive, the rank alone
    (
        "Inspector Okafor said the limit would be enforced.",
        "Okafor",
        [("Inspector", None, None)],
        [],
    ),
]


@pytest.mark.parametrize(("text", "name", "roles", "affiliations"), CASES)
def test_rank_surname_keeps_its_appositive(
    nlp: Language, text: str, name: str, roles: list[Role], affiliations: list[str]
) -> None:
    person = people(nlp, text)[name]
    assert [(r.title, r.organisation, r.area) for r in person.roles] == roles
    assert person.affiliations == affiliations
