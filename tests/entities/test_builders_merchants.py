"""Builders' merchants and trade counters that tool-theft releases name as partners (marking
days at a branch, kits sold at cost) are ORG entities of the gazetteer
(``organisations.jsonl``: Travis Perkins, Jewson, Selco Builders Warehouse, MKM Building
Supplies, Toolstation, Wickes, Howdens, …), and a title after a person's name stops at the
merchant's name. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    (
        "Kent Police will mark tools for free at the Jewson branch in Ashford on Friday.",
        {("ORG", "Jewson"), ("FORCE", "Kent Police")},
    ),
    (
        "Staff at Selco Builders Warehouse in Walsall and Toolstation in Dudley hand out kits.",
        {("ORG", "Selco Builders Warehouse"), ("ORG", "Toolstation")},
    ),
    (
        "Travis Perkins and MKM Building Supplies have joined the Lincolnshire scheme.",
        {("ORG", "Travis Perkins"), ("ORG", "MKM Building Supplies")},
    ),
    (
        "Van owners can pick up a steering lock at cost from Selco or Huws Gray.",
        {("ORG", "Selco Builders Warehouse"), ("ORG", "Huws Gray")},
    ),
    (
        "Howdens said three of its depots in Norfolk had been broken into.",
        {("ORG", "Howdens")},
    ),
    # near misses: the words in lower case or inside another name stay what they are
    ("The builders' merchant on Station Road was broken into twice.", set()),
    ("A jewson-style trade counter opened on the estate.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_builders_merchants(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    doc = nlp(text)
    found = {(i.type, i.name) for i in doc._.entity_info.values() if i.type != "PERSON"}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Amy Roe, area manager for the South West at Jewson, said the kits had sold out.",
            "Amy Roe",
            "Area Manager",
        ),
        (
            "Paul Grant, regional director for Wales at Travis Perkins, said staff would help.",
            "Paul Grant",
            "Regional Director",
        ),
    ],
)
def test_title_stops_at_the_merchant(nlp: Language, text: str, name: str, title: str) -> None:
    doc = nlp(text)
    person = next(i for i in doc._.entity_info.values() if i.name == name)
    assert person.titles == [title]
