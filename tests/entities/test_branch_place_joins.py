"""A local charity's branch named by a known place holding "and" (rule
``place-with-and``: "Bath and North East Somerset"), or by a known place joined with "and"
to a compass word and another known place (rule ``compass-joined-place``: "Lincoln and
South Lincolnshire"), is one charity. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP


@pytest.mark.parametrize(
    ("text", "charities"),
    [
        ("Age UK Bath and North East Somerset runs a befriending line.",
         ["Age UK Bath and North East Somerset"]),
        ("Staff at Citizens Advice Brighton and Hove said demand was rising.",
         ["Citizens Advice Brighton and Hove"]),
        ("Age UK Lincoln and South Lincolnshire visited 40 homes.",
         ["Age UK Lincoln and South Lincolnshire"]),
        ("Help came from Citizens Advice Ipswich and East Suffolk on Friday.",
         ["Citizens Advice Ipswich and East Suffolk"]),
        # near misses: a compass word before no known place; a council after "and"
        ("Age UK Lincoln and South Holland Council met.", ["Age UK Lincoln"]),
        ("Age UK Lincoln and North Street traders met.", ["Age UK Lincoln"]),
        ("Age UK Bath and the council agreed.", ["Age UK Bath"]),
    ],
)  # fmt: skip
def test_branch_place_joins(nlp: Language, text: str, charities: list[str]) -> None:
    """Each case: a text and the charity mentions found in it."""
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [span.text for span in spans if span.label_ == "CHARITY"] == charities
