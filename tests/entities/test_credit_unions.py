"""Credit unions and building societies named by a capitalised name before "Credit Union"
or "Building Society" are ORG entities (rule ``credit-union`` of
``organisation_patterns.jsonl``: "Harbourside Credit Union", "Pennine Valley Building
Society"). A credit union in lower case, "the Credit Union" alone, a generic
"Your Local Credit Union" and the law or sector after the words ("… Credit Union Act")
are none. The gazetteer names HM Treasury "the Treasury" as well, and Trading Standards
Scotland. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    (
        "Harbourside Credit Union said it had made 870 loans in Hull last year.",
        {("ORG", "Harbourside Credit Union")},
    ),
    (
        "People in Barnsley can borrow from Dearne Valley Credit Union instead.",
        {("ORG", "Dearne Valley Credit Union")},
    ),
    (
        "Figures from Pennine Valley Building Society show 40 accounts were frozen.",
        {("ORG", "Pennine Valley Building Society")},
    ),
    (
        "The Treasury has been asked to fund a no-interest loan scheme.",
        {("ORG", "HM Treasury")},
    ),
    (
        "Trading Standards Scotland issued a warning about doorstep lenders in Fife.",
        {("ORG", "Trading Standards Scotland")},
    ),
    # near misses: lower case, the words alone, a generic name, a law, a treasurer
    ("Residents were told to join a credit union before Christmas.", set()),
    ("The Credit Union is open on Saturdays.", set()),
    ("Your Local Credit Union can help with small loans.", set()),
    ("The council's treasury team checked the accounts.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_credit_unions(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    doc = nlp(text)
    found = {(i.type, i.name) for i in doc._.entity_info.values() if i.type != "PERSON"}
    assert found == expected
