"""Insurers named in running text are ORG gazetteer entries: the church insurer
Ecclesiastical Insurance, named in short as "Ecclesiastical" (a case-sensitive short form:
the adjective "ecclesiastical" is no name). Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.test_organisation_rules import OrganisationsOf

ECCLESIASTICAL = "org:ecclesiastical-insurance"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Figures from the church insurer Ecclesiastical show claims fell.",
            [("Ecclesiastical", "ORG", ECCLESIASTICAL)],
            id="short-name",
        ),
        pytest.param(
            "Ecclesiastical Insurance said 300 parishes had claimed for stolen lead.",
            [("Ecclesiastical Insurance", "ORG", ECCLESIASTICAL)],
            id="full-name",
        ),
        # near miss: the adjective in lower case
        pytest.param("The ecclesiastical court sat in York.", [], id="adjective"),
    ],
)
def test_insurers_are_organisations(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert organisations(nlp, text) == expected
