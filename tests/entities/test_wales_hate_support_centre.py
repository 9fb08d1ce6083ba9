"""Victim Support Cymru and the Wales Hate Support Centre it runs, in the gazetteer (the
centre a named service of the charity, so CHARITY); the ordinary words "hate support" are
no charity. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Victims in Powys can call the Wales Hate Support Centre for free.",
            [("Wales Hate Support Centre", "CHARITY")],
        ),
        (
            "The Wales Hate Support Centre helped 88 people in Wrexham in March.",
            [("Wales Hate Support Centre", "CHARITY")],
        ),
        (
            "Victim Support Cymru said demand had grown in Swansea.",
            [("Victim Support Cymru", "CHARITY")],
        ),
        # near misses: a centre of no name, hate support as ordinary words
        ("The hate support centre in Bangor opens on Fridays.", []),
        ("Officers offered hate support to the family.", []),
    ],
)
def test_wales_hate_support(nlp: Language, text: str, found: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(s.text, s.label_) for s in spans if s.label_ == "CHARITY"] == found
