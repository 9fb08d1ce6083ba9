"""Police and data ethics committees, panels and boards named with a place or body before
"Ethics" (rule ``ethics-committee``) are ORG, as police and crime panels are; a bare or
lower-case "ethics committee" names nothing. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The Avon and Somerset Police Ethics Committee met on Tuesday.",
            [("Avon and Somerset Police Ethics Committee", "ORG")],
        ),
        (
            "Members of the London Policing Ethics Panel raised concerns.",
            [("London Policing Ethics Panel", "ORG")],
        ),
        (
            "The Northumbria Data Ethics Committee approved the trial.",
            [("Northumbria Data Ethics Committee", "ORG")],
        ),
        # near misses: no name before it, or in lower case
        ("The force's ethics committee approved the trial.", []),
        ("The Ethics Committee approved the trial.", []),
    ],
)
def test_ethics_committee(nlp: Language, text: str, found: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(s.text, s.label_) for s in spans if s.label_ == "ORG"] == found
