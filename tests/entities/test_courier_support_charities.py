"""Hibiscus Initiatives, the charity that supports women (many of them foreign nationals)
caught up in drug smuggling and the criminal justice system, is a gazetteer charity
(``charities.jsonl``); its short form "Hibiscus" is matched only as written with its
capital (an abbreviation), so the flower in running text is no charity. Sentences
invented for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Hibiscus Initiatives, which works with women held at Gatwick, said cases had risen.",
            [("Hibiscus Initiatives", "CHARITY")],
        ),
        (
            "The women were referred to Hibiscus Initiatives after their arrest at Stansted.",
            [("Hibiscus Initiatives", "CHARITY")],
        ),
        ("Support workers from Hibiscus met 40 women last year.", [("Hibiscus", "CHARITY")]),
        # near misses: the flower, in lower case, is no charity
        ("The garden centre sold 300 hibiscus plants in June.", []),
        ("Police found cannabis hidden among hibiscus shrubs in Luton.", []),
    ],
)
def test_courier_support_charity(nlp: Language, text: str, found: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(s.text, s.label_) for s in spans if s.label_ == "CHARITY"] == found
