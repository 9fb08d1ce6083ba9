"""Air ambulance charities named by their place or region (``air-ambulance`` of
``organisation_patterns.jsonl``) are CHARITY entities: the UK's air ambulances are run by
charities. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    (
        "The walker was flown to hospital by Yorkshire Air Ambulance after a fall near Malham.",
        {("CHARITY", "Yorkshire Air Ambulance")},
    ),
    (
        "Crews from Essex and Herts Air Ambulance landed beside the A12, Essex Police said.",
        {("CHARITY", "Essex and Herts Air Ambulance"), ("FORCE", "Essex Police")},
    ),
    (
        "A search involving Lincolnshire Police, the coastguard and the Midlands Air Ambulance "
        "was called off at dusk.",
        {("CHARITY", "Midlands Air Ambulance"), ("FORCE", "Lincolnshire Police")},
    ),
    (
        "Paramedics from Wiltshire Air Ambulance Trust treated the rider at the scene.",
        {("CHARITY", "Wiltshire Air Ambulance Trust")},
    ),
    # a force joined to it by "and" stays a name of its own
    (
        "Officers from Lincolnshire Police and Midlands Air Ambulance attended the crash.",
        {("CHARITY", "Midlands Air Ambulance"), ("FORCE", "Lincolnshire Police")},
    ),
    # near misses: a lower-case air ambulance, an ambulance service with no "Air"
    ("An air ambulance landed on the beach at Skegness.", set()),
    ("The air ambulance was stood down before it reached the lake.", set()),
    ("Air Ambulance crews were stood down after an hour.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_air_ambulances(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    doc = nlp(text)
    found = {(i.type, i.name) for i in doc._.entity_info.values() if i.type != "PERSON"}
    assert found == expected
