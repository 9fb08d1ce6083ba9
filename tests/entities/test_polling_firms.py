"""Polling and market research firms that charity and council surveys cite are ORG
entities of the gazetteer. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    (
        "The survey of 1,500 adults was carried out by Ipsos for Age Cymru.",
        {("ORG", "Ipsos"), ("CHARITY", "Age Cymru")},
    ),
    (
        "Polling by YouGov for Surrey Police found that most residents felt safe.",
        {("ORG", "YouGov"), ("FORCE", "Surrey Police")},
    ),
    (
        "Savanta interviewed 2,000 parents, and Opinium a further 1,000 carers.",
        {("ORG", "Savanta"), ("ORG", "Opinium")},
    ),
    (
        "Research by Survation for the Home Office was published today.",
        {("ORG", "Survation"), ("ORG", "Home Office")},
    ),
    # near miss: a lower-case word is no firm
    (
        "The savanta-style survey was run by Devon County Council.",
        {("ORG", "Devon County Council")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_polling_firms(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    doc = nlp(text)
    found = {(i.type, i.name) for i in doc._.entity_info.values() if i.type != "PERSON"}
    assert found == expected
