"""Rules ``charity-service-possessive``, ``charity-service-owner-possessive`` and
``charity-service-our`` (``organisation_patterns.jsonl``) on a service named before "line":
"the charity's Dementia Connect support line", "its Silver Voice advice line" name a line a
charity runs, as "the charity's Young Voices Forum" names its panel. Not a title before
"in line with", nor a generic channel ("the charity's Live Chat line"), nor a name without
the possessive. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import Found, OrganisationsOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "She said the charity's Carer Compass support line took 900 calls.",
            [("Carer Compass", "CHARITY", "charity:carer-compass")],
            id="possessive-support-line",
        ),
        pytest.param(
            "The Ben Kinsella Trust said the trust's Harbour Light advice line would open.",
            [
                ("Ben Kinsella Trust", "CHARITY", "charity:ben-kinsella-trust"),
                ("Harbour Light", "CHARITY", "charity:harbour-light"),
            ],
            id="owner-possessive-advice-line",
        ),
        pytest.param(
            "The volunteers said the charity's Night Owl line was busiest in winter.",
            [("Night Owl", "CHARITY", "charity:night-owl")],
            id="possessive-line",
        ),
        # near misses
        pytest.param(
            "She said the charity's Live Chat line was busy.",
            [],
            id="generic-channel",
        ),
        pytest.param(
            "She said the Carer Compass support line took 900 calls.",
            [],
            id="no-possessive",
        ),
        pytest.param(
            "He said the charity's Trustees were in line with the board.",
            [],
            id="in-line-with",
        ),
    ],
)
def test_a_charity_service_line(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: Found
) -> None:
    assert organisations(nlp, text) == expected
