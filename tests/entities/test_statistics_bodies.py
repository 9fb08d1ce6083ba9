"""The UK's statistics bodies are organisations of the gazetteer (``organisations.jsonl``),
and each is known by its short form once named: "the National Records of Scotland" (NRS),
"the Northern Ireland Statistics and Research Agency" (NISRA, which had been read as
"Research Agency"), "the Office for National Statistics" (ONS). Sentences invented for
the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.test_organisation_rules import OrganisationsOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Figures from the National Records of Scotland show 1,100 deaths.",
            [("National Records of Scotland", "ORG", "org:national-records-of-scotland")],
            id="nrs",
        ),
        pytest.param(
            "The Northern Ireland Statistics and Research Agency said the data were provisional.",
            [
                (
                    "Northern Ireland Statistics and Research Agency",
                    "ORG",
                    "org:northern-ireland-statistics-and-research-agency",
                )
            ],
            id="nisra-whole",
        ),
        pytest.param(
            "The ONS said crime had fallen.",
            [("ONS", "ORG", "org:office-for-national-statistics")],
            id="ons-short-form",
        ),
        # near miss: the words as common nouns
        pytest.param("The national records of the force were audited.", [], id="common-nouns"),
    ],
)
def test_statistics_bodies(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert organisations(nlp, text) == expected
