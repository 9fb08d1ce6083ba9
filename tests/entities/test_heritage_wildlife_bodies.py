"""Heritage and wildlife bodies of the gazetteer (``charities.jsonl``,
``organisations.jsonl``): English Heritage, the Canal & River Trust, the Angling Trust, the
Bat Conservation Trust, the Churches Conservation Trust, the National Trust for Scotland and
the Hare Preservation Trust are charities; the Portable Antiquities Scheme, Cadw and
Historic Environment Scotland are public bodies (ORG). Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wardens patrolled the abbey with English Heritage staff after lead was stolen.",
            [("English Heritage", "CHARITY", "charity:english-heritage")],
        ),
        (
            "The Canal and River Trust said nets had been found near Lock 12.",
            [("Canal and River Trust", "CHARITY", "charity:canal-river-trust")],
        ),
        (
            "The Angling Trust and Cadw welcomed the convictions.",
            [
                ("Angling Trust", "CHARITY", "charity:angling-trust"),
                ("Cadw", "ORG", "org:cadw"),
            ],
        ),
        (
            "Finds were logged with the Portable Antiquities Scheme and Historic Environment "
            "Scotland.",
            [
                ("Portable Antiquities Scheme", "ORG", "org:portable-antiquities-scheme"),
                (
                    "Historic Environment Scotland",
                    "ORG",
                    "org:historic-environment-scotland",
                ),
            ],
        ),
        (
            "The National Trust for Scotland said the cairn had been dug into.",
            [("National Trust for Scotland", "CHARITY", "charity:national-trust-for-scotland")],
        ),
        # near misses: the shorter name stays its own entry; "cadw" in lower case is no name
        (
            "The National Trust said two hoards had been dug up.",
            [("National Trust", "CHARITY", "charity:national-trust")],
        ),
        ("Volunteers said they would cadw the site safe.", []),
    ],
)
def test_heritage_and_wildlife_bodies(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: list[object]
) -> None:
    assert organisations(nlp, text) == expected
