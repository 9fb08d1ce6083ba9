"""Business Improvement Districts named by their place (``business-improvement-district`` of
``organisation_patterns.jsonl``), with the company word of their name where it follows
(``business-improvement-district-company``), are ORG entities. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    (
        "Leeds BID's operations manager, Sam Clegg, said the radio scheme had cut thefts.",
        {("ORG", "Leeds BID")},
    ),
    (
        "Staff from the Norwich Business Improvement District walked the route with officers.",
        {("ORG", "Norwich Business Improvement District")},
    ),
    (
        "Wolverhampton BID and Staffordshire Police share images of banned offenders.",
        {("ORG", "Wolverhampton BID"), ("FORCE", "Staffordshire Police")},
    ),
    # with its company word (``business-improvement-district-company``)
    (
        "Rangers from Sheffield BID Company patrol Fargate with officers every afternoon.",
        {("ORG", "Sheffield BID Company")},
    ),
    (
        "Oxford BID Ltd and Thames Valley Police run the radio scheme.",
        {("ORG", "Oxford BID Ltd"), ("FORCE", "Thames Valley Police")},
    ),
    (
        "Officers met Swindon Business Improvement District Company staff on Monday.",
        {("ORG", "Swindon Business Improvement District Company")},
    ),
    # near misses: the levy, a lower-case district, a bid for money
    ("A BID levy is paid by 400 firms in the town centre.", set()),
    ("Traders voted for a business improvement district in the town last year.", set()),
    ("The council made a bid for £2m from the Government.", set()),
    ("The BID company said the levy would rise.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_business_improvement_districts(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    doc = nlp(text)
    found = {(i.type, i.name) for i in doc._.entity_info.values() if i.type != "PERSON"}
    assert found == expected
