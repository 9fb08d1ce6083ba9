"""A local charity's branch named by two known places, joined by "&" or written side by
side, is one charity (rule ``local-branch-place-after``): "&" inside or between the places
stands for "and". Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP


@pytest.mark.parametrize(
    ("text", "charities"),
    [
        (
            "Age UK Shropshire Telford & Wrekin has trained new volunteers.",
            ["Age UK Shropshire Telford & Wrekin"],
        ),
        (
            "Volunteers from Age UK Herefordshire & Worcestershire visited homes.",
            ["Age UK Herefordshire & Worcestershire"],
        ),
        (
            "The advice came from Citizens Advice Telford & Wrekin last week.",
            ["Citizens Advice Telford & Wrekin"],
        ),
        # near misses: a place as a modifier of a unit; a council after the charity
        ("Staff at the Age UK Shropshire Telford office agreed.", ["Age UK"]),
        ("Age UK and Telford & Wrekin Council met on Monday.", ["Age UK"]),
        ("Age UK & Shropshire Council signed the pledge.", ["Age UK"]),
    ],
)
def test_branch_place_pairs(nlp: Language, text: str, charities: list[str]) -> None:
    """Each case: a text and the charity mentions found in it."""
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [span.text for span in spans if span.label_ == "CHARITY"] == charities
