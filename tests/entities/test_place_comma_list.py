"""Rule ``place_comma_list`` (:data:`pressfacts.entities.portfolio_runs.PLACE_LIST_RUN`): a
title before a comma and a name may name its place as a list closed by "and" ("Police and
Crime Commissioner for Devon, Cornwall and the Isles of Scilly, Jo Bell, said"); the role
keeps the whole list as its area. Sentences invented for the test; near misses: a comma
run with no "and", and one place (unchanged)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

ROWS = [
    pytest.param(
        "The Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly, "
        "Rhona Tait, said the plan was working.",
        "Rhona Tait",
        [("Police and Crime Commissioner", "Devon, Cornwall and the Isles of Scilly")],
        id="pcc-three-places",
    ),
    pytest.param(
        "Procurator Fiscal for Tayside, Central and Fife, Ewan Baird, said it was right.",
        "Ewan Baird",
        [("Procurator Fiscal", "Tayside, Central and Fife")],
        id="fiscal-three-places",
    ),
    pytest.param(
        "The Police, Fire and Crime Commissioner for Northamptonshire, Cumbria and Essex, "
        "Dan Lowe, said no.",
        "Dan Lowe",
        [("Police, Fire and Crime Commissioner", "Northamptonshire, Cumbria and Essex")],
        id="pfcc-three-places",
    ),
    # near misses: one place (the place rule as before); no "and" closing the run
    pytest.param(
        "The Police and Crime Commissioner for Kent, Rhona Tait, said the plan was working.",
        "Rhona Tait",
        [("Police and Crime Commissioner", "Kent")],
        id="one-place",
    ),
    pytest.param(
        "The Police and Crime Commissioner for Devon, Cornwall, Rhona Tait, said it worked.",
        "Rhona Tait",
        [],
        id="no-and",
    ),
]


@pytest.mark.parametrize(("text", "name", "roles"), ROWS)
def test_place_comma_list(
    nlp: Language, text: str, name: str, roles: list[tuple[str, str | None]]
) -> None:
    found = people(nlp, text)
    assert name in found
    assert [(role.title, role.area) for role in found[name].roles] == roles
