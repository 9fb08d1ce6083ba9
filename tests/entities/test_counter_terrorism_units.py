"""The regional counter terrorism policing units are FORCE entries of the gazetteer, under
Counter Terrorism Policing (``forces.jsonl``, ``parent``); a region in a list of forces
("police forces in the North East") names no unit. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP

ENTITY_CASES: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "Counter Terrorism Policing North West (CTPNW) charged 12 people.",
        [
            (
                "Counter Terrorism Policing North West",
                "FORCE",
                "force:counter-terrorism-policing-north-west",
            ),
            ("CTPNW", "FORCE", "force:counter-terrorism-policing-north-west"),
        ],
    ),
    (
        "Detectives from Counter Terrorism Policing South East searched a flat.",
        [
            (
                "Counter Terrorism Policing South East",
                "FORCE",
                "force:counter-terrorism-policing-south-east",
            )
        ],
    ),
    (
        "A spokesperson for CTP Wales said the man remained in custody.",
        [("CTP Wales", "FORCE", "force:counter-terrorism-policing-wales")],
    ),
    # near misses: the national network alone, and a region in a list of forces
    (
        "Counter Terrorism Policing said the threat remained substantial.",
        [("Counter Terrorism Policing", "FORCE", "force:counter-terrorism-policing")],
    ),
    (
        "Police forces in the North East and the North West shared the training.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENTITY_CASES)
def test_counter_terrorism_units(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(span.text, span.label_, span.id_) for span in spans] == expected
