"""A bus company named for its town is an ORG entity (rule ``town-bus-company``): a listed
place before "City Transport", "City Buses" or "Buses" ("Nottingham City Transport",
"Reading Buses", "Lothian Buses"), also before a possessive title. Sentences invented for
the test; near misses are a bus station, interchange or route named for a town, lower-case
buses, and a word before "Buses" that is no place."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    (
        'Nottingham City Transport\'s head of safety, Ayo Bello, said: "We will act."',
        {("ORG", "Nottingham City Transport")},
    ),
    (
        "Drivers at Reading Buses have been given body-worn cameras.",
        {("ORG", "Reading Buses")},
    ),
    (
        "Lothian Buses and Police Scotland ran the late-night patrols together.",
        {("ORG", "Lothian Buses"), ("FORCE", "Police Scotland")},
    ),
    (
        "The scheme was paid for by Plymouth City Buses and Devon and Cornwall Police.",
        {("ORG", "Plymouth City Buses"), ("FORCE", "Devon and Cornwall Police")},
    ),
    # near misses: a station or route named for a town, lower-case buses, no place before
    ("Officers were at Leicester City Buses Station on Friday night.", set()),
    ("Extra Derby buses will run on Saturday night.", set()),
    ("Reading buses were delayed by the closure.", set()),
    ("Night Buses will run every 20 minutes.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_town_bus_companies(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    doc = nlp(text)
    found = {(i.type, i.name) for i in doc._.entity_info.values() if i.type != "PERSON"}
    assert found == expected
