"""A local charity named by a known hyphened place written before or after a known
charity's name is one charity (rule ``hyphened-place-branch`` of ``local_branches``):
"Stoke-on-Trent Citizens Advice", "Age UK Newcastle-under-Lyme", its name as written (not
"Citizens Advice Stoke"). Near misses: a hyphened word that is no known place, a
lower-case hyphened word. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP


@pytest.mark.parametrize(
    ("text", "charities"),
    [
        ("Stoke-on-Trent Citizens Advice said demand was rising.",
         ["Stoke-on-Trent Citizens Advice"]),
        ("Help came from Newcastle-under-Lyme Women's Aid on Friday.",
         ["Newcastle-under-Lyme Women's Aid"]),
        ("Citizens Advice Stoke-on-Trent said demand was rising.",
         ["Citizens Advice Stoke-on-Trent"]),
        ("Age UK Newcastle-under-Lyme helped 40 people.", ["Age UK Newcastle-under-Lyme"]),
        # near misses: no known place; a lower-case hyphened word
        ("The Anti-Fraud Citizens Advice team met.", ["Citizens Advice"]),
        ("A well-known Citizens Advice adviser said.", ["Citizens Advice"]),
    ],
)  # fmt: skip
def test_hyphened_place_branches(nlp: Language, text: str, charities: list[str]) -> None:
    """Each case: a text and the charity mentions found in it."""
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [span.text for span in spans if span.label_ == "CHARITY"] == charities
