"""Stalking advocacy charities named in stalking protection order and PCC funding releases
are CHARITY gazetteer entries (Veritas Justice, Action Against Stalking, the Network for
Surviving Stalking), found where nothing around the name says "charity" ("has awarded
£90,000 to Veritas Justice to …"); the everyday phrases in lower case, or opening a
sentence with the rest in lower case, are no charity. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.test_organisation_rules import OrganisationsOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The commissioner has granted £90,000 to Veritas Justice to fund two advocates.",
         [("Veritas Justice", "CHARITY", "charity:veritas-justice")]),
        ("Advocates from Veritas Justice sit in on every order hearing in Hastings.",
         [("Veritas Justice", "CHARITY", "charity:veritas-justice")]),
        ("Action Against Stalking trained 60 call handlers in Dundee last year.",
         [("Action Against Stalking", "CHARITY", "charity:action-against-stalking")]),
        ("Victims in Fife were referred to Action Against Stalking by officers.",
         [("Action Against Stalking", "CHARITY", "charity:action-against-stalking")]),
        ("The Network for Surviving Stalking ran the first helpline in 1998.",
         [("Network for Surviving Stalking", "CHARITY",
           "charity:network-for-surviving-stalking")]),
        # near misses: the everyday phrases, not the names
        ("Taking action against stalking is a priority for the force.", []),
        ("Action against stalking starts with a call to the police.", []),
        ("Officers were told to take firm action against stalking in Dyfed-Powys.", []),
        ("The network for surviving stalking victims is growing in Gwent.", []),
    ],
)  # fmt: skip
def test_stalking_charities(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: object
) -> None:
    assert organisations(nlp, text) == expected
