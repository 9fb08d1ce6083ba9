"""A name followed by the person's age at what befell them ("Kayden Mensah was 17 when he
was attacked") is a person, as "was killed" makes one (the event ``was N when he/she/they``
of the person rule ``name_event``). Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

CASES: list[tuple[str, list[str]]] = [
    (
        "Tyrese Campbell was 16 when he was stabbed outside a chip shop in Croydon.",
        ["Tyrese Campbell"],
    ),
    ("Olivia Brennan was only 19 when she died in the crash on the A30.", ["Olivia Brennan"]),
    ("Marcus Reid was just 15 when he was groomed by a county lines gang.", ["Marcus Reid"]),
    ("Years later, Hamza Ali was 20 when they finally found him.", ["Hamza Ali"]),
    # near misses: no age at an event, or no given name first
    ("Kent Police was 12 when it launched the scheme.", []),
    ("The Harbour Trust was 25 when it opened its second hostel in Wick.", []),
    ("Turnout was 40 when he counted the votes.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_age_when_events(nlp: Language, text: str, expected: list[str]) -> None:
    assert sorted(people(nlp, text)) == expected
