"""A name whose head word is "Charities", with an optional tail ("Together", "Trust",
"Fund", "Foundation"), is a CHARITY (rule ``charity-plural-head`` of
``organisation_patterns.jsonl``), over the ``health-body`` rule's "NHS <Place>" reading.
Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import Found, OrganisationsOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A grant from Ambulance Charities Together paid for the counselling.",
            [
                (
                    "Ambulance Charities Together",
                    "CHARITY",
                    "charity:ambulance-charities-together",
                )
            ],
            id="charities-together",
        ),
        pytest.param(
            "Money came from Leeds Hospitals Charities, the hospital's fundraising arm.",
            [("Leeds Hospitals Charities", "CHARITY", "charity:leeds-hospitals-charities")],
            id="place-led-charities",
        ),
        pytest.param(
            "The Wessex Charities Fund gave £20,000 to the appeal.",
            [("Wessex Charities Fund", "CHARITY", "charity:wessex-charities-fund")],
            id="charities-fund",
        ),
        # near misses: a generic word before the head names nothing; "Charity Commission"
        # stays the regulator
        pytest.param("Local Charities in Bristol wrote to the council.", [], id="generic"),
        pytest.param(
            "Several charities told the Charity Commission they were short of money.",
            [("Charity Commission", "ORG", "org:charity-commission")],
            id="the-regulator",
        ),
    ],
)
def test_a_plural_charity_head_names_a_charity(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: Found
) -> None:
    assert organisations(nlp, text) == expected
