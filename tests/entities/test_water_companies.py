"""The water and sewerage companies of the UK are entries of the gazetteer (ORG), with
their short forms ("Severn Trent", "Welsh Water", "NI Water"). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP

CASES: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "United Utilities said rangers had turned away swimmers at Haweswater.",
        [("United Utilities", "ORG", "org:united-utilities")],
    ),
    (
        "Severn Trent has put up new signs at its reservoirs.",
        [("Severn Trent", "ORG", "org:severn-trent-water")],
    ),
    (
        "Staff from Welsh Water and Scottish Water joined the campaign.",
        [
            ("Welsh Water", "ORG", "org:dwr-cymru-welsh-water"),
            ("Scottish Water", "ORG", "org:scottish-water"),
        ],
    ),
    (
        "NI Water closed the lough shore path.",
        [("NI Water", "ORG", "org:northern-ireland-water")],
    ),
    # near misses: a water company unnamed, "water" in lower case after a place word
    ("The water company said the reservoir was closed to swimmers.", []),
    ("Southern water temperatures stay low until July.", []),
    ("Yorkshire water levels fell in June.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_water_companies(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(span.text, span.label_, span.id_) for span in spans] == expected
