"""A union's or association's president, deputy president and vice-president hold those
titles (``titles.jsonl`` entries ``president``, ``deputy-president``, ``vice-president``),
also after "Its" and a comma; the farming unions of the four nations are gazetteer
organisations (``organisations.jsonl``: Ulster Farmers' Union, NFU Cymru, NFU Scotland,
Farmers' Union of Wales). Sentences invented; near misses name no such office."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf, people

ROLE_ROWS = [
    pytest.param(
        "The Ulster Farmers' Union welcomed the arrests. Its deputy president, Ruth Kerr, "
        "said: “Every theft hurts a family business.”",
        "Ruth Kerr",
        [("Deputy President", "org:ulster-farmers-union")],
        id="its-deputy-president",
    ),
    pytest.param(
        "NFU Cymru vice-president Aled Rees said the thefts had to stop.",
        "Aled Rees",
        [("Vice President", "org:nfu-cymru")],
        id="vice-president-before-name",
    ),
    pytest.param(
        "President Mairi Ross of NFU Scotland said patrols had helped.",
        "Mairi Ross",
        [("President", "org:nfu-scotland")],
        id="president-of-a-union",
    ),
    # near miss: a president of nothing named is still a title, with no organisation
    pytest.param(
        "Deputy President Gwen Lloyd said farmers were worried.",
        "Gwen Lloyd",
        [("Deputy President", None)],
        id="no-organisation",
    ),
]


@pytest.mark.parametrize(("text", "name", "roles"), ROLE_ROWS)
def test_presidents(
    nlp: Language, text: str, name: str, roles: list[tuple[str, str | None]]
) -> None:
    found = people(nlp, text)[name]
    assert sorted((role.title, role.organisation) for role in found.roles) == sorted(roles)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Farmers' Union of Wales (FUW) backed the scheme.",
            [
                ("Farmers' Union of Wales", "ORG", "org:farmers-union-of-wales"),
                ("FUW", "ORG", "org:farmers-union-of-wales"),
            ],
        ),
        ("Members of the UFU met officers.", [("UFU", "ORG", "org:ulster-farmers-union")]),
        # near miss: a union of farmers in lower case is no name
        ("A farmers' union in the valley met officers.", []),
    ],
)
def test_farming_unions(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert organisations(nlp, text) == expected
