"""A First Bus operating company named "First" before a compass word and a region ("First
West Yorkshire", "First South Yorkshire") is an ORG (pattern ``first-bus-region`` of
``organisation_patterns.jsonl``); "First" as an adverb before a force or a council, or in
lower case, is not. Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import Found, OrganisationsOf

ROWS = [
    pytest.param(
        "On its busiest routes, First West Yorkshire logged 140 complaints.",
        [("First West Yorkshire", "ORG", "org:first-west-yorkshire")],
        id="first-west-yorkshire",
    ),
    pytest.param(
        "Passengers of First Eastern Counties were told of the change.",
        [],
        id="near-miss-region-not-listed",
    ),
    pytest.param(
        "A spokesperson for First West Midlands said drivers had been trained.",
        [("First West Midlands", "ORG", "org:first-west-midlands")],
        id="first-west-midlands",
    ),
    pytest.param(
        "Buses run by First South Wales were diverted.",
        [("First South Wales", "ORG", "org:first-south-wales")],
        id="first-south-wales",
    ),
    # near misses: "First" an adverb before a force, or in lower case
    pytest.param(
        "First West Yorkshire Police officers arrived at the scene.",
        [("West Yorkshire Police", "FORCE", "force:west-yorkshire-police")],
        id="near-miss-adverb-before-a-force",
    ),
    pytest.param(
        "It was the first West Yorkshire scheme of its kind.",
        [],
        id="near-miss-lower-case",
    ),
    pytest.param(
        "First North officers were sent.",
        [],
        id="near-miss-no-region",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_first_bus_operating_companies(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: Found
) -> None:
    assert organisations(nlp, text) == expected
