"""Bus operators and their trade body are ORG entities: the groups and Go-Ahead's regional
companies of the gazetteer (``organisations.jsonl``: Go North East, Go South Coast, First Bus,
FirstGroup, National Express, the Confederation of Passenger Transport), and a group's
regional company is named whole (rule ``bus-operator-region``: Stagecoach, Arriva or National
Express before a compass word or a listed region: "Stagecoach South West", "Arriva Yorkshire",
"National Express West Midlands"). Sentences invented for the test; near misses put a title,
a weekday or a lower-case word after the group's name."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    (
        "Drivers from Stagecoach South West and Go South Coast will wear the cameras.",
        {("ORG", "Stagecoach South West"), ("ORG", "Go South Coast")},
    ),
    (
        "Arriva Yorkshire reported 41 assaults to West Yorkshire Police last year.",
        {("ORG", "Arriva Yorkshire"), ("FORCE", "West Yorkshire Police")},
    ),
    (
        "The screens were fitted by National Express West Midlands at its Perry Barr garage.",
        {("ORG", "National Express West Midlands")},
    ),
    (
        "Stagecoach East Scotland and Police Scotland ran the patrols together.",
        {("ORG", "Stagecoach East Scotland"), ("FORCE", "Police Scotland")},
    ),
    (
        "Go North West said CCTV had helped to identify the man.",
        {("ORG", "Go North West")},
    ),
    (
        "First Bus and the Confederation of Passenger Transport backed the scheme.",
        {("ORG", "First Bus"), ("ORG", "Confederation of Passenger Transport")},
    ),
    # near misses: the group alone, before a title, a weekday or lower-case words
    ("Stagecoach said the route would reopen.", {("ORG", "Stagecoach")}),
    (
        "Arriva Managing Director Tom Hale said the garage was safe.",
        {("ORG", "Arriva")},
    ),
    ("National Express on Monday cut the late services.", {("ORG", "National Express")}),
    ("Passengers on the go north of the river were stopped.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_bus_operators(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    doc = nlp(text)
    found = {(i.type, i.name) for i in doc._.entity_info.values() if i.type != "PERSON"}
    assert found == expected
