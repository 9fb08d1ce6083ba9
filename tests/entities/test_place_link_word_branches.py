"""A known place holding "of", "with" or "upon", written after a known charity's name, names
its local branch (rule ``place-with-link-word`` of ``local-branch-place-after``); Carers
Trust is a known charity, so its network partners are branches too. Every
sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP


@pytest.mark.parametrize(
    ("text", "charities"),
    [
        (
            "Volunteers from Age UK Isle of Wight visited 40 homes in Ryde.",
            ["Age UK Isle of Wight"],
        ),
        (
            "The leaflets were printed by Citizens Advice Blackburn with Darwen last week.",
            ["Citizens Advice Blackburn with Darwen"],
        ),
        (
            "Advisers at Citizens Advice Kingston upon Thames took 300 calls.",
            ["Citizens Advice Kingston upon Thames"],
        ),
        (
            "Carers Trust Heart of England runs a drop-in for young carers in Solihull.",
            ["Carers Trust Heart of England"],
        ),
        # near misses: a link word after the name that starts no known place; the national
        # charity alone
        ("Help came from Age UK of all places.", ["Age UK"]),
        ("A grant from Citizens Advice of £2,000 paid for it.", ["Citizens Advice"]),
    ],
)
def test_place_link_word_branches(nlp: Language, text: str, charities: list[str]) -> None:
    """Each case: a text and the charity mentions found in it."""
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [span.text for span in spans if span.label_ == "CHARITY"] == charities
