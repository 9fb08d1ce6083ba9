"""Children 1st's helpline Parentline Scotland named by its short name "Parentline" is a
CHARITY (a named service a charity runs); the ordinary words "parent line" and a lower-case
"parentline" are none. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Children 1st, which runs Parentline, said calls had doubled.",
            [("Children 1st", "CHARITY"), ("Parentline", "CHARITY")],
        ),
        ("Worried families can call Parentline free of charge.", [("Parentline", "CHARITY")]),
        ("Carers rang Parentline Scotland 300 times.", [("Parentline Scotland", "CHARITY")]),
        # near misses: the ordinary words are no charity
        ("The parent line of the company was sold in 2019.", []),
        ("Schools sent a parentline text to families in Perth.", []),
    ],
)
def test_parentline_short_name(nlp: Language, text: str, found: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(s.text, s.label_) for s in spans if s.label_ == "CHARITY"] == found
