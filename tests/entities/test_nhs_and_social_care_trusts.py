"""An NHS trust that names social care after "NHS and" ("Kent and Medway NHS and Social
Care Partnership Trust", "Oxleas NHS and Social Care Trust") is one ORG (the "NHS and
Social Care (Partnership) Trust" patterns of ``health-body`` in
``organisation_patterns.jsonl``), not a CHARITY of the rest. Every
sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP

CASES: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Nurses from Avon and Somerset NHS and Social Care Partnership Trust joined the patrols.",
        [("Avon and Somerset NHS and Social Care Partnership Trust", "ORG")],
    ),
    (
        "Staff at Brockwell NHS and Social Care Trust answered the calls.",
        [("Brockwell NHS and Social Care Trust", "ORG")],
    ),
    # near misses: no trust head after "Social Care", or no "NHS" before it
    (
        "Officers met Brockwell NHS and Social Care teams on Monday.",
        [],
    ),
    (
        "The Health and Social Care Act sets the duty.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_nhs_and_social_care_trusts(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(span.text, span.label_) for span in spans] == expected
