"""Cycling charities are CHARITY entities of the gazetteer (``charities.jsonl``: Sustrans,
Camcycle, Living Streets, Cycling Scotland, Wheels for Wellbeing, the Bikeability Trust), and
a local cycling campaign named after its town is an ORG (rule ``cycling-campaign``: a listed
place before "Cycling Campaign" / "Cycle Campaign"). A title led by a known charity's name
drops it. Sentences invented for the test; near misses name a police campaign or the phrase
in lower case."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    (
        "The routes were designed with Sustrans and Durham County Council.",
        {("CHARITY", "Sustrans"), ("ORG", "Durham County Council")},
    ),
    (
        "Living Streets and Wheels for Wellbeing backed the call, Merseyside Police said.",
        {
            ("CHARITY", "Living Streets"),
            ("CHARITY", "Wheels for Wellbeing"),
            ("FORCE", "Merseyside Police"),
        },
    ),
    ("Camcycle, the city's cycling charity, will choose the sites.", {("CHARITY", "Camcycle")}),
    ("Members of the Cambridge Cycling Campaign met officers.", {("CHARITY", "Camcycle")}),
    ("Cycling Scotland said schools had signed up.", {("CHARITY", "Cycling Scotland")}),
    (
        "Courses are paid for by the Bikeability Trust and Kent County Council.",
        {("CHARITY", "The Bikeability Trust"), ("ORG", "Kent County Council")},
    ),
    (
        "Volunteers from Bristol Cycling Campaign and Avon and Somerset Police marked bikes.",
        {("ORG", "Bristol Cycling Campaign"), ("FORCE", "Avon and Somerset Constabulary")},
    ),
    (
        "Sheffield Cycle Campaign counted riders on the ring road.",
        {("ORG", "Sheffield Cycle Campaign")},
    ),
    # near misses: a police campaign, no place before it; the words in lower case
    ("The Safer Cycling Campaign was launched by Kent Police.", {("FORCE", "Kent Police")}),
    ("Our Think Cycle Campaign starts in May.", set()),
    ("The council wants more living streets and a cycling campaign in the town.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_cycling_bodies(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    doc = nlp(text)
    found = {(i.type, i.name) for i in doc._.entity_info.values() if i.type != "PERSON"}
    assert found == expected


TITLES = [
    (
        "Sustrans regional director Tariq Mansell said the charity would help.",
        ["Regional Director"],
    ),
    ("Living Streets chief executive Anna Marsh said walking was up.", ["Chief Executive"]),
]


@pytest.mark.parametrize(("text", "titles"), TITLES)
def test_charity_led_titles(nlp: Language, text: str, titles: list[str]) -> None:
    doc = nlp(text)
    people = [i for i in doc._.entity_info.values() if i.type == "PERSON"]
    assert [list(p.titles) for p in people] == [titles]
