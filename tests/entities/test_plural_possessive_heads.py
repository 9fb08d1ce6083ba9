"""A body whose name holds a plural possessive before its head word ("Football
Supporters' Association", "the Taxi Drivers' Alliance"): the ``org-head`` rule of
``organisation_patterns.jsonl`` reads the apostrophe (sentences invented for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import Found, OrganisationsOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Rugby Supporters' Association said fans were pleased.",
            [("Rugby Supporters' Association", "ORG", "org:rugby-supporters-association")],
            id="supporters-association",
        ),
        pytest.param(
            "A letter came from the Hackney Carriage Drivers' Alliance on Monday.",
            [
                (
                    "Hackney Carriage Drivers' Alliance",
                    "ORG",
                    "org:hackney-carriage-drivers-alliance",
                )
            ],
            id="drivers-alliance",
        ),
        pytest.param(
            "The Elm Road Residents’ Association backed the plan.",
            [("Elm Road Residents’ Association", "ORG", "org:elm-road-residents-association")],
            id="curly-apostrophe",
        ),
        # near misses: a plural possessive before a lower-case noun, or a head word used
        # as a plain noun
        pytest.param(
            "The Supporters' association was formed in 1990.",
            [],
            id="lower-case-head",
        ),
        pytest.param(
            "Residents' views were heard by the board.",
            [],
            id="no-head-word",
        ),
    ],
)
def test_plural_possessive_heads(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: Found
) -> None:
    assert organisations(nlp, text) == expected
