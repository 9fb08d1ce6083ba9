"""A local charity named by two known places joined with "and" or "&" before a known
charity's name (rule ``joined-place-branch`` of :mod:`pressfacts.entities.local_branches`)
is one charity, not the second place's branch, and so is one known place whose own name
holds the "and" ("Tyne and Wear Citizens Advice"). Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP


@pytest.mark.parametrize(
    ("text", "charities"),
    [
        ("Coventry and Warwickshire Women's Aid said calls had risen.",
         ["Coventry and Warwickshire Women's Aid"]),
        ("Support came from Sheffield and Rotherham Women's Aid on Friday.",
         ["Sheffield and Rotherham Women's Aid"]),
        ("Staff from Leeds & Bradford Citizens Advice attended.",
         ["Leeds & Bradford Citizens Advice"]),
        # one known place whose own name holds "and", inside a sentence and opening one
        ("Advisers at Tyne and Wear Citizens Advice saw more clients.",
         ["Tyne and Wear Citizens Advice"]),
        ("Dumfries and Galloway Rape Crisis said calls had doubled.",
         ["Dumfries and Galloway Rape Crisis"]),
        ("A grant went to Argyll and Bute Women's Aid in May.",
         ["Argyll and Bute Women's Aid"]),
        # near misses: no known place before "and"; the run after "and" is no place
        ("Police and Solihull Women's Aid met on Monday.", ["Solihull Women's Aid"]),
        ("Volunteers from Derby and Juno Women's Aid met.", ["Juno Women's Aid"]),
    ],
)  # fmt: skip
def test_joined_place_branches(nlp: Language, text: str, charities: list[str]) -> None:
    """Each case: a text and the charity mentions found in it."""
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [span.text for span in spans if span.label_ == "CHARITY"] == charities
