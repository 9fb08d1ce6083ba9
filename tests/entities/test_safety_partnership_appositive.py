"""A name in apposition to "the <area>'s community safety partnership" is an ORG
(organisation pattern ``safety-partnership-appositive``). Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf

PARTNERSHIP_ROWS = [
    pytest.param(
        "Safer Rotherham, the borough's community safety partnership, said thefts fell.",
        [("Safer Rotherham", "ORG", "org:safer-rotherham")],
        id="borough-partnership",
    ),
    pytest.param(
        "Safe Durham, the county's community safety partnership, funded the scheme.",
        [("Safe Durham", "ORG", "org:safe-durham")],
        id="county-partnership",
    ),
    # near miss: a place before the appositive is no partnership's name
    pytest.param(
        "In Wakefield, the city's community safety partnership funded the scheme.",
        [],
        id="place-before-appositive",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTNERSHIP_ROWS)
def test_community_safety_partnership_appositive(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: list[object]
) -> None:
    """The ORG named in apposition to a community safety partnership."""
    assert organisations(nlp, text) == expected
