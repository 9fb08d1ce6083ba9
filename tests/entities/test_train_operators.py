"""Train operating companies are ORG entities of the gazetteer (``organisations.jsonl``, as
National Rail Enquiries lists them: Greater Anglia, Chiltern Railways, CrossCountry, East
Midlands Railway, South Western Railway, West Midlands Railway, London Northwestern Railway,
Hull Trains, Lumo, Caledonian Sleeper, Heathrow Express, Gatwick Express). Sentences invented
for the test; near misses are the places and regions the names hold."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    (
        "Bikes were marked at Greater Anglia stations in Ipswich and Colchester.",
        {("ORG", "Greater Anglia")},
    ),
    (
        "Chiltern Railways and British Transport Police ran the patrols at Banbury.",
        {("ORG", "Chiltern Railways"), ("FORCE", "British Transport Police")},
    ),
    (
        "CrossCountry said the cycle racks at Derby would be replaced.",
        {("ORG", "CrossCountry")},
    ),
    (
        "East Midlands Railway and South Western Railway both backed the scheme.",
        {("ORG", "East Midlands Railway"), ("ORG", "South Western Railway")},
    ),
    (
        "Staff from West Midlands Railway and London Northwestern Railway joined in.",
        {("ORG", "West Midlands Railway"), ("ORG", "London Northwestern Railway")},
    ),
    (
        "Hull Trains, Lumo and the Caledonian Sleeper carry bikes by reservation.",
        {("ORG", "Hull Trains"), ("ORG", "Lumo"), ("ORG", "Caledonian Sleeper")},
    ),
    (
        "Heathrow Express and Gatwick Express staff were trained to spot the gang.",
        {("ORG", "Heathrow Express"), ("ORG", "Gatwick Express")},
    ),
    # near misses: the regions and places the operators are named after
    ("Thefts across East Anglia and the West Midlands fell last year.", set()),
    ("Trains to Hull were cancelled after the storm.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_train_operators(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    doc = nlp(text)
    found = {(i.type, i.name) for i in doc._.entity_info.values() if i.type != "PERSON"}
    assert found == expected
