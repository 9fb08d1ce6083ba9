"""The Scottish drugs charities in the gazetteer (``charities.jsonl``): the Scottish Drugs
Forum, which trains staff to use naloxone, and Scottish Families Affected by Alcohol and
Drugs are CHARITY, not an ORG read from the head word "Forum"; a forum of no such name is
no charity. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The Scottish Drugs Forum, which trains staff to use the kits, ran 30 sessions.",
            [("Scottish Drugs Forum", "CHARITY")],
        ),
        (
            "Kits were handed out by the Scottish Drugs Forum in Paisley last month.",
            [("Scottish Drugs Forum", "CHARITY")],
        ),
        (
            "Scottish Families Affected by Alcohol and Drugs runs a helpline for relatives.",
            [("Scottish Families Affected by Alcohol and Drugs", "CHARITY")],
        ),
        # near misses: a forum of another name is no drugs charity
        ("The Inverclyde Business Forum met in Greenock on Tuesday.", []),
        ("Residents raised drugs at a community forum in Perth.", []),
    ],
)
def test_scottish_drugs_charities(nlp: Language, text: str, found: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(span.text, span.label_) for span in spans if span.label_ == "CHARITY"] == found
