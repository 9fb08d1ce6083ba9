"""A byline on a line of its own names a person even when the given name is not in the
list (rule ``byline_line``); headings opening on "By" are no names."""

from __future__ import annotations

import pytest
from spacy.language import Language


def persons(nlp: Language, text: str) -> list[str]:
    doc = nlp(text)
    return [info.name for info in doc._.entity_info.values() if info.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Demelza Trewin\n\nA boat was stolen from the harbour.", ["Demelza Trewin"]),
        ("By Tegen Angove Pascoe\n\nA boat was stolen from the harbour.", ["Tegen Angove Pascoe"]),
        # near misses: a heading with a small word, a force, a reporter's role, a date
        ("By Train Or Ferry\n\nVisitors arrived at the harbour.", []),
        ("By West Yorkshire Police\n\nOfficers made 40 arrests.", []),
        ("By Local Democracy Reporter\n\nOfficers made 40 arrests.", []),
        ("By March 2025\n\nOfficers made 40 arrests.", []),
        # near miss: a one-word credit
        ("By Kerensa\n\nA boat was stolen from the harbour.", []),
    ],
)
def test_byline_line(nlp: Language, text: str, expected: list[str]) -> None:
    assert persons(nlp, text) == expected
