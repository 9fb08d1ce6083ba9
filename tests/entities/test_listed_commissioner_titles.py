"""A commissioner's listed remits in lower case in an appositive ("Sarah Taylor, the
police, fire and crime commissioner for Essex, said"): the commas inside the title do
not end the appositive (``person_rules._LISTED_OFFICE`` in ``_PORTFOLIO``, rule
``name_appositive_verb``), so the person is found with the title and its area. Sentences
invented; near misses are appositives whose comma ends them."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

ROWS = [
    pytest.param(
        "Amrit Sahota, the police, fire and crime commissioner for Staffordshire, said the "
        "plan was working.",
        "Amrit Sahota",
        [("Police, Fire and Crime Commissioner", "Staffordshire")],
        id="fire-and-crime",
    ),
    pytest.param(
        "Nora Pike, Cumbria's police, crime and victims commissioner, has funded two posts.",
        "Nora Pike",
        [("Police, Crime and Victims' Commissioner", "Cumbria")],
        id="crime-and-victims-possessive-place",
    ),
    pytest.param(
        "Ravi Lal, the police, fire and crime commissioner, said the service would grow.",
        "Ravi Lal",
        [("Police, Fire and Crime Commissioner", None)],
        id="no-place",
    ),
    # near miss: the comma after a role ends it; what follows is no part of the title
    pytest.param(
        "Nora Pike, head of policy, said the plan was working.",
        "Nora Pike",
        [("Head of Policy", None)],
        id="comma-ends-the-role",
    ),
]


@pytest.mark.parametrize(("text", "name", "roles"), ROWS)
def test_listed_commissioner_titles(
    nlp: Language, text: str, name: str, roles: list[tuple[str, str | None]]
) -> None:
    """The titles of the person named, each with its area."""
    found = people(nlp, text)[name]
    assert sorted((role.title, role.area) for role in found.roles) == sorted(roles)
