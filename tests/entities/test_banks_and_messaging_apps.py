"""Banking groups, building societies and messaging apps that fraud and money mule
releases cite are ORG entities of the gazetteer. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    (
        "Durham Constabulary is working with Lloyds Banking Group on the campaign.",
        {("ORG", "Lloyds Banking Group"), ("FORCE", "Durham Constabulary")},
    ),
    (
        "Recruiters used Telegram to reach students, Suffolk Constabulary said.",
        {("ORG", "Telegram"), ("FORCE", "Suffolk Constabulary")},
    ),
    (
        "NatWest Group and Nationwide Building Society have closed the accounts.",
        {("ORG", "NatWest Group"), ("ORG", "Nationwide Building Society")},
    ),
    (
        "Revolut flagged the payments to Gwent Police.",
        {("ORG", "Revolut"), ("FORCE", "Gwent Police")},
    ),
    # near misses: the bank stays itself, and a lower-case word is no app
    (
        "Lloyds Bank froze the account after a telegram-style text.",
        {("ORG", "Lloyds Bank")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_banks_and_messaging_apps(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    doc = nlp(text)
    found = {(i.type, i.name) for i in doc._.entity_info.values() if i.type != "PERSON"}
    assert found == expected
