"""An age set off by commas between a name and its appositive is skipped, so the appositive
still gives the person's force or title: "PC Jo Bell, 29, of Kent Police, said" ->
Police Constable of Kent Police (``_AGE_APPOSITIVE`` in the appositive rules). Every
sentence is invented; near misses keep what they had."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

Role = tuple[str, str | None, str | None]
CASES: list[tuple[str, str, list[Role]]] = [
    (
        "Sergeant Tom Ward, 41, of Kent Police, said the crash was avoidable.",
        "Tom Ward",
        [("Sergeant", "force:kent-police", None)],
    ),
    (
        "PC Lisa Hart, 29, of Essex Police, told the court she had been kicked.",
        "Lisa Hart",
        [("Police Constable", "force:essex-police", None)],
    ),
    (
        "Orla Finch, aged 52, the founder of Samaritans, said the calls had doubled.",
        "Orla Finch",
        [("Founder", "charity:samaritans", None)],
    ),
    # near misses: no age, and an age with no appositive after it
    (
        "Sergeant Tom Ward, of Kent Police, said the crash was avoidable.",
        "Tom Ward",
        [("Sergeant", "force:kent-police", None)],
    ),
    ("Daniel Moss, 45, was jailed for six years.", "Daniel Moss", []),
]


@pytest.mark.parametrize(("text", "name", "roles"), CASES)
def test_an_age_before_an_appositive_is_skipped(
    nlp: Language, text: str, name: str, roles: list[Role]
) -> None:
    found = people(nlp, text)[name]
    assert [(r.title, r.organisation, r.area) for r in found.roles] == roles
