"""The motoring organisations that vehicle-crime releases quote, the AA and the RAC, are
entries of the gazetteer, matched by case only (their lower-case letters are no name);
sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP

CASES: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "The RAC said its patrols had seen more cars with cloned plates.",
        [("RAC", "ORG", "org:rac")],
    ),
    (
        "Figures from the AA show one in ten drivers use a steering lock.",
        [("AA", "ORG", "org:aa")],
    ),
    (
        "The Automobile Association warned owners of keyless cars.",
        [("Automobile Association", "ORG", "org:aa")],
    ),
    (
        "A spokesman for the Royal Automobile Club said thefts had risen.",
        [("Royal Automobile Club", "ORG", "org:rac")],
    ),
    # near misses: the letters in lower case or inside a longer word
    ("The shoe rac was stolen from the porch.", []),
    ("Officers found AAA batteries in the car.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_motoring_bodies(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(span.text, span.label_, span.id_) for span in spans] == expected
