"""Business Improvement Districts named by their place (``business-improvement-district`` of
``organisation_patterns.jsonl``) are ORG entities. Sentences invented for the test."""

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
    # near misses: the levy, a lower-case district, a bid for money
    ("A BID levy is paid by 400 firms in the town centre.", set()),
    ("Traders voted for a business improvement district in the town last year.", set()),
    ("The council made a bid for £2m from the Government.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_business_improvement_districts(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    doc = nlp(text)
    found = {(i.type, i.name) for i in doc._.entity_info.values() if i.type != "PERSON"}
    assert found == expected
