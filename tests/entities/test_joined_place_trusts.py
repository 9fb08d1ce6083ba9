"""An NHS trust named for two places joined by "and", the second with up to four
capitalised words after it ("Avon and Wiltshire Mental Health Partnership NHS Trust"), is
one ORG (``health-body`` of ``organisation_patterns.jsonl``); sentences written for these
tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP

CASES: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Staff from Devon and Torbay Mental Health Partnership NHS Trust joined the patrols.",
        [("Devon and Torbay Mental Health Partnership NHS Trust", "ORG")],
    ),
    (
        "Kent and Medway Community Mental Health NHS Foundation Trust runs the crisis line.",
        [("Kent and Medway Community Mental Health NHS Foundation Trust", "ORG")],
    ),
    (
        "Nurses from Leeds and York Partnership NHS Foundation Trust sit in the control room.",
        [("Leeds and York Partnership NHS Foundation Trust", "ORG")],
    ),
    # near miss: no trust head, no entity
    (
        "Officers in Devon and Torbay Mental Health teams met on Monday.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_joined_place_trusts(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(span.text, span.label_) for span in spans] == expected
