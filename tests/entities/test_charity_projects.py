"""A named project a charity runs is a CHARITY of its own (the contract's "a named
service or campaign it runs"), found by its gazetteer entry with a sign in its name
("SOS+"). Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP


@pytest.mark.parametrize(
    ("text", "charities"),
    [
        ("Mentors from the SOS+ project visited 12 schools.", ["SOS+ project"]),
        ("St Giles Trust's SOS+ service works in Leeds.", ["St Giles Trust", "SOS+ service"]),
        ("Pupils sent an SOS to the school.", []),  # no "+": a call for help
    ],
)
def test_charity_project(nlp: Language, text: str, charities: list[str]) -> None:
    """Each case: a text and the charity mentions found in it."""
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [span.text for span in spans if span.label_ == "CHARITY"] == charities
