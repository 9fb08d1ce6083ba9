"""BikeRegister, the police-approved bike marking database that bike theft and marking
releases cite, is an ORG of the gazetteer. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    (
        "Owners can register their frame numbers with BikeRegister, Kent Police said.",
        {("ORG", "BikeRegister"), ("FORCE", "Kent Police")},
    ),
    (
        "Bikes marked at the event are logged on Bike Register.",
        {("ORG", "BikeRegister")},
    ),
    # near miss: lower-case words name no database
    ("Owners should register a bike with the police.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_bike_register(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    doc = nlp(text)
    found = {(i.type, i.name) for i in doc._.entity_info.values() if i.type != "PERSON"}
    assert found == expected
