"""Local domestic abuse charities named in protection-order and IDVA releases are CHARITY
gazetteer entries; names that are ordinary phrases ("Next Link", "Safer Places") match only
as capitalised. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.test_organisation_rules import OrganisationsOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Next Link, which runs refuges in the city, said demand had risen.",
         [("Next Link", "CHARITY", "charity:next-link")]),
        ("Advisers from Safer Places will sit in the custody suite.",
         [("Safer Places", "CHARITY", "charity:safer-places")]),
        ("The Splitz Support Service helped 90 families in Swindon.",
         [("Splitz Support Service", "CHARITY", "charity:splitz-support-service")]),
        ("Aurora New Dawn runs the stalking advocacy service in Hampshire.",
         [("Aurora New Dawn", "CHARITY", "charity:aurora-new-dawn")]),
        ("Staff at My Sister's Place and Wearside Women in Need backed the scheme.",
         [("My Sister's Place", "CHARITY", "charity:my-sisters-place"),
          ("Wearside Women in Need", "CHARITY", "charity:wearside-women-in-need")]),
        ("Places on the course are run by Cheshire Without Abuse in Crewe.",
         [("Cheshire Without Abuse", "CHARITY", "charity:cheshire-without-abuse")]),
        ("Independent Domestic Abuse Services (IDAS) supports victims in York.",
         [("Independent Domestic Abuse Services", "CHARITY",
           "charity:independent-domestic-abuse-services"),
          ("IDAS", "CHARITY", "charity:independent-domestic-abuse-services")]),
        ("An adviser from IDAS sat with her in court.",
         [("IDAS", "CHARITY", "charity:independent-domestic-abuse-services")]),
        # near misses: the ordinary phrases in lower case
        ("Growing up without abuse in Cheshire is every child's right.", []),
        ("The ideas board, which is separate, met in York.", []),
        ("The next link in the chain is the court.", []),
        ("Victims need safer places to stay.", []),
    ],
)  # fmt: skip
def test_domestic_abuse_charities(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: object
) -> None:
    assert organisations(nlp, text) == expected
