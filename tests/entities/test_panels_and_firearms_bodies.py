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
    (  # a police, fire and crime panel (a commissioner who also governs fire) with no place
        "The Police, Fire and Crime Panel backed the precept on Monday.",
        [("Police, Fire and Crime Panel", "ORG", "org:police-fire-and-crime-panel")],
    ),
    (
        "Members of the Police Fire and Crime Panel asked about response times.",
        [("Police Fire and Crime Panel", "ORG", "org:police-fire-and-crime-panel")],
    ),
    (  # near miss: a fire authority's panel with no police is not this rule
        "The Fire and Crime Panel met on Monday.",
        [],
    ),
    (  # a violence reduction unit named with "the" and no place (violence-reduction-unit-bare)
        "Money came from the Violence Reduction Unit and the council.",
        [("Violence Reduction Unit", "ORG", "org:violence-reduction-unit")],
    ),
    (  # near misses: lower case, or no "the" before it
        "A violence reduction unit was set up in 2019.",
        [],
    ),
    (
        "Our Violence Reduction Unit funded it.",
        [],
    ),
    (  # a panel named with its place keeps the place
        "The Kent Police and Crime Panel met on Friday.",
        [("Kent Police and Crime Panel", "ORG", "org:kent-police-and-crime-panel")],
    ),
    (  # a panel named "for" its force area, one to three parts (rule police-and-crime-panel-bare)
        "The Police and Crime Panel for Gwent approved the precept.",
        [("Police and Crime Panel for Gwent", "ORG", "org:police-and-crime-panel-for-gwent")],
    ),
    (
        "The Police, Fire and Crime Panel for North Yorkshire met on Monday.",
        [
            (
                "Police, Fire and Crime Panel for North Yorkshire",
                "ORG",
                "org:police-fire-and-crime-panel-for-north-yorkshire",
            )
        ],
    ),
    (
        "The Police and Crime Panel for Bedfordshire and Luton questioned the plan.",
        [
            (
                "Police and Crime Panel for Bedfordshire and Luton",
                "ORG",
                "org:police-and-crime-panel-for-bedfordshire-and-luton",
            )
        ],
    ),
    (
        "A report went to the Police and Crime Panel for Devon, Cornwall and the Isles of Scilly.",
        [
            (
                "Police and Crime Panel for Devon, Cornwall and the Isles of Scilly",
                "ORG",
                "org:police-and-crime-panel-for-devon-cornwall-and-the-isles-of-scilly",
            )
        ],
    ),
    # near misses: "and" then a person is no part of the place; "for" then no name
    (
        "The Police and Crime Panel for Suffolk and Chief Constable Rachel Kirby met.",
        [("Police and Crime Panel for Suffolk", "ORG", "org:police-and-crime-panel-for-suffolk")],
    ),
    (
        "The Police and Crime Panel for the first time rejected a precept.",
        [("Police and Crime Panel", "ORG", PANEL)],
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
