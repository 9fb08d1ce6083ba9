"""Liberty, the civil liberties and human rights charity (the National Council for Civil
Liberties), is a gazetteer charity (``charities.jsonl``) as written with its capital;
"liberty" in running text is no charity. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The figures were obtained by Liberty under the Freedom of Information Act.",
            [("Liberty", "CHARITY")],
        ),
        ("Liberty said Section 60 orders at protests had doubled.", [("Liberty", "CHARITY")]),
        (
            "The National Council for Civil Liberties asked every force in Wales.",
            [("National Council for Civil Liberties", "CHARITY")],
        ),
        # near misses: the everyday word is no charity
        ("He was deprived of his liberty for six hours.", []),
        ("The civil liberty group in Exeter said nothing.", []),
    ],
)
def test_civil_liberties_charity(nlp: Language, text: str, found: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(s.text, s.label_) for s in spans if s.label_ == "CHARITY"] == found
