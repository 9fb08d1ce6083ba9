"""A name found by a rule whose cue follows it ("… Priya Shah said:") after capitalised
words that are dropped ("Detective Sergeant", "CEOP Command") is marked at the name's
own offsets: its mention's words are the name, never a rank word."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    pytest.param('Detective Sergeant Nadia Hale said: "We will find them."', id="two-rank-words"),
    pytest.param('Detective Constable Nadia Hale, from Kent Police, said: "Go."', id="appositive"),
    pytest.param('Online Harms Unit Nadia Hale: "We listen to every child."', id="unit-name-colon"),
]


@pytest.mark.parametrize("text", ROWS)
def test_person_mentions_are_the_name(nlp: Language, text: str) -> None:
    doc = nlp(text)
    people = [span.text for span in doc.spans["entities"] if span.label_ == "PERSON"]
    assert people == ["Nadia Hale"]
