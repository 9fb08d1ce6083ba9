"""Rule ``victim-services`` (``resources/organisation_patterns.jsonl``): the victims' service
a PCC commissions, named for its area ("Lancashire Victim Services", "Kent Victim Care",
"Staffordshire Victim Gateway": a listed place before the words, the rule
being ``place_led``), is an ORG, and a title "at" it loses the organisation; words with no
place before them ("the Human Trafficking Victim Care Contract") are no organisation.
Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import Found, OrganisationsOf, people

ROWS: list[tuple[str, Found]] = [
    (
        "Victims were referred to Lancashire Victim Services last year.",
        [("Lancashire Victim Services", "ORG", "org:lancashire-victim-services")],
    ),
    (
        "Support came from Kent Victim Care.",
        [("Kent Victim Care", "ORG", "org:kent-victim-care")],
    ),
    (
        "Call Staffordshire Victim Gateway for help.",
        [("Staffordshire Victim Gateway", "ORG", "org:staffordshire-victim-gateway")],
    ),
    # near misses: no area before the words (a contract named for a crime); lower case
    ("Victim Services staff took the calls.", []),
    ("The Human Trafficking Victim Care Contract pays for safe houses.", []),
    ("She was referred to victim care services in the county.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_victim_services_pattern_named_for_area(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: Found
) -> None:
    assert organisations(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        (
            "Tom Reed, service manager at Devon Victim Services, said the team was busy.",
            "Tom Reed",
            ["Service Manager"],
        ),
        (
            "Asha Patel, operations lead at Cleveland Victim Care, said calls had risen.",
            "Asha Patel",
            ["Operations Lead"],
        ),
    ],
)
def test_title_at_victim_services_drops_the_organisation(
    nlp: Language, text: str, name: str, titles: list[str]
) -> None:
    assert people(nlp, text)[name].titles == titles
