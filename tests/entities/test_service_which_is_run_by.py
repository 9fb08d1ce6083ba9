"""A named service trailed by ", which is delivered by <charity>" is a charity service.

``charity-service-run-by`` (``resources/organisation_patterns.jsonl``) reads the relative
clause as well as the bare participle: "the X Service, which is run by Victim Support".
Sentences written for these tests; near misses must keep the service an ORG.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf

RUN_BY_CHARITY: list[tuple[str, tuple[str, str]]] = [
    (
        "The commissioner funds the Norfolk Stalking Advocacy Service, which is delivered by "
        "Victim Support.",
        ("Norfolk Stalking Advocacy Service", "CHARITY"),
    ),
    (
        "Referrals go to the Bristol Harassment Support Service, which is run by Refuge, "
        "within a week.",
        ("Bristol Harassment Support Service", "CHARITY"),
    ),
    (
        "Victims can call the Tees Valley Advocacy Service, which is provided by Barnardo's.",
        ("Tees Valley Advocacy Service", "CHARITY"),
    ),
]

NOT_A_CHARITY: list[tuple[str, tuple[str, str]]] = [
    # run by a council or a force: the owner after it is no charity
    (
        "It also funds the Kent Stalking Advocacy Service, which is run by Kent County Council.",
        ("Kent Stalking Advocacy Service", "ORG"),
    ),
    (
        "Officers work with the Essex Stalking Clinic Service, which is delivered by Essex Police.",
        ("Essex Stalking Clinic Service", "ORG"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), RUN_BY_CHARITY + NOT_A_CHARITY)
def test_service_which_is_run_by(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: tuple[str, str]
) -> None:
    found = {(name, label) for name, label, _ in organisations(nlp, text)}
    assert expected in found
