"""Local domestic abuse services and support charities named by place or name and head
words (rules ``domestic-abuse-service``: "X Domestic Abuse/Violence Service(s)",
"… Support", "… Project"; ``support-services-named``: "X Support Services") are CHARITY.
Sentences invented; near misses are a department's generic support services, an owner's
own services, and a force or council name before the head words."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf

ROWS = [
    pytest.param(
        "Referrals rose at Wiltshire Domestic Abuse Service last winter.",
        {("CHARITY", "Wiltshire Domestic Abuse Service")},
        id="place-service",
    ),
    pytest.param(
        "Stockport Domestic Violence Services runs two refuges.",
        {("CHARITY", "Stockport Domestic Violence Services")},
        id="violence-services",
    ),
    pytest.param(
        "The grant went to North Devon Domestic Abuse Project and the council.",
        {("CHARITY", "North Devon Domestic Abuse Project")},
        id="project",
    ),
    pytest.param(
        "Caseworkers from Lighthouse Support Services met the panel on Monday.",
        {("CHARITY", "Lighthouse Support Services")},
        id="support-services",
    ),
    pytest.param(
        "It will be run by Solace Women's Aid, Beacon Support Services and Essex Domestic "
        "Abuse Services.",
        {
            ("CHARITY", "Solace Women's Aid"),
            ("CHARITY", "Beacon Support Services"),
            ("CHARITY", "Essex Domestic Abuse Services"),
        },
        id="list-of-three",
    ),
    # near misses: generic support services, an owner's own, a force before the heads
    pytest.param(
        "Victims were referred to Specialist Support Services within days.",
        set(),
        id="generic-specialist",
    ),
    pytest.param(
        "The council's Family Support Services team visited the home.", set(), id="council-own"
    ),
    pytest.param("She was offered help by our Tenancy Support Services.", set(), id="our-generic"),
    pytest.param(
        "Officers told Durham Police Support Services about the case.",
        {("FORCE", "Durham Police")},
        id="force-before-heads",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_domestic_abuse_services(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: set[tuple[str, str]]
) -> None:
    """The organisations found, by type and the words of their mention."""
    assert {(label, words) for words, label, _ in organisations(nlp, text)} == expected
