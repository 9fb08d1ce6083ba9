"""Rule ``service_of_non_charity`` (:mod:`pressfacts.entities.service_owners`): a service
named right after the possessive of a known organisation that is no charity (a governing
body, a force, a council's known name) is that body's own, not a CHARITY; a charity's named
service, or one named with no owner before it, is still a CHARITY. Sentences invented for
the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("England Netball's Safeguarding Helpline is open on weekdays.",
         [("England Netball", "ORG")]),
        ("Parents can call British Gymnastics' Integrity Helpline for advice.",
         [("British Gymnastics", "ORG")]),
        ("Victims can contact Essex Police's Fraud Helpline.", [("Essex Police", "FORCE")]),
        # near misses: a charity's own service; a service with no owner before it
        ("Victims can call the NSPCC's Whistleblowing Helpline.",
         [("NSPCC", "CHARITY"), ("Whistleblowing Helpline", "CHARITY")]),
        ("Sport England funds the Safeguarding Helpline run by the trust.",
         [("Sport England", "ORG"), ("Safeguarding Helpline", "CHARITY")]),
    ],
)  # fmt: skip
def test_service_of_non_charity(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: object
) -> None:
    assert [(found, label) for found, label, _ in organisations(nlp, text)] == expected
