"""A police and crime panel named with "the" and no place ("the Police and Crime Panel",
rule ``police-and-crime-panel-bare``), and the gazetteer's national firearms body
(NABIS, a police body: FORCE) and anti-gun-violence charity; sentences written for these
tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf

PANEL = "org:police-and-crime-panel"
NABIS = "force:national-ballistics-intelligence-service"
CASES: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "The report was presented to the Police and Crime Panel on Friday.",
        [("Police and Crime Panel", "ORG", PANEL)],
    ),
    (
        "Members of the Police and Crime Panel questioned the commissioner about overtime.",
        [("Police and Crime Panel", "ORG", PANEL)],
    ),
    (  # a panel named with its place keeps the place
        "The Kent Police and Crime Panel met on Friday.",
        [("Kent Police and Crime Panel", "ORG", "org:kent-police-and-crime-panel")],
    ),
    (
        "The casing was examined by the National Ballistics Intelligence Service (NABIS).",
        [
            ("National Ballistics Intelligence Service", "FORCE", NABIS),
            ("NABIS", "FORCE", NABIS),
        ],
    ),
    (
        "Mothers Against Violence said it would hold a vigil in Moss Side.",
        [("Mothers Against Violence", "CHARITY", "charity:mothers-against-violence")],
    ),
    # near misses: a panel in lower case, or not "the" panel, is no name
    ("A police and crime panel was set up in every force area.", []),
    ("The crime panel of the residents' association met on Monday.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_panels_and_firearms_bodies(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert organisations(nlp, text) == expected
