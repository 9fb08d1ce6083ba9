"""Insurers named by a capitalised name before "Insurance" are ORG entities (rule
``insurer`` of ``organisation_patterns.jsonl``: "Hartwell Trade Insurance", "Kestrel
Insurance Group"). Kinds of cover
("National Insurance", "Van Insurance", "Public Liability Insurance": the rule's
``generic_words``) and a firm's name before a noun it does not own ("… Insurance
number") are none. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    (
        "Figures from Marlow Insurance show 2,100 claims for stolen tools in 2025.",
        {("ORG", "Marlow Insurance")},
    ),
    (
        "Kestrel Insurance Group said thefts from vans in Kent had risen by 8%.",
        {("ORG", "Kestrel Insurance Group")},
    ),
    (
        "Data from Ashcombe Trade Insurance was shared with Durham Constabulary.",
        {("ORG", "Ashcombe Trade Insurance"), ("FORCE", "Durham Constabulary")},
    ),
    # near misses: kinds of cover, and a number or a fraud that is no firm
    ("Your National Insurance number is on your payslip.", set()),
    ("Van Insurance premiums rose after the break-ins.", set()),
    ("Public Liability Insurance is required for stallholders.", set()),
    ("Victims should give their Home Insurance details to the officer.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_insurer_names(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    doc = nlp(text)
    found = {(i.type, i.name) for i in doc._.entity_info.values() if i.type != "PERSON"}
    assert found == expected
