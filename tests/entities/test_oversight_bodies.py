"""Police oversight bodies of the gazetteer: the Northern Ireland Policing Board's short
name ("the Policing Board") and abbreviation are aliases of its full name, so the body named
both ways is one entity; sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP

BOARD = "org:northern-ireland-policing-board"
CASES: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "Members of the Policing Board questioned the Chief Constable on Thursday.",
        [("Policing Board", "ORG", BOARD)],
    ),
    (
        "The NIPB will publish its annual report in June.",
        [("NIPB", "ORG", BOARD)],
    ),
    (
        "The Northern Ireland Policing Board met in Belfast.",
        [("Northern Ireland Policing Board", "ORG", BOARD)],
    ),
    # near miss: a board with another name is no entry's
    (
        "The policing board of the club met on Friday.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_oversight_bodies(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(span.text, span.label_, span.id_) for span in spans] == expected
