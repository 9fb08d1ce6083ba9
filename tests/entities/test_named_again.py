"""A charity the text introduces by context alone ("the anti-slavery charity Brightwater")
is found again where it is named bare later ("Brightwater's chief executive"), so the
title loses it (rule ``named-again``); not inside a longer capitalised name, nor before
the name is introduced. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP


def mentions(nlp: Language, text: str) -> dict[str, list[str]]:
    """CHARITY mention texts by entity name, and each PERSON's titles."""
    doc = nlp(text)
    out: dict[str, list[str]] = {
        info.name: list(info.titles) if info.type == "PERSON" else []
        for info in doc._.entity_info.values()
    }
    for span in doc.spans[ENTITY_SPAN_GROUP]:
        if span.label_ == "CHARITY":
            out[doc._.entity_info[span.id_].name].append(span.text)
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The anti-slavery charity Brightwater has warned of exploitation. Brightwater's "
         "chief executive, Tomas Barrow, said it was bad.",
         {"Brightwater": ["Brightwater", "Brightwater"], "Tomas Barrow": ["Chief Executive"]}),
        ("The charity Harbourlight said calls rose. Later, Harbourlight said more.",
         {"Harbourlight": ["Harbourlight", "Harbourlight"]}),
        # near misses: part of a longer name; named bare before it is introduced
        ("The charity Brightwater said calls rose. The Brightwater Trust said so too.",
         {"Brightwater": ["Brightwater"], "Brightwater Trust": ["Brightwater Trust"]}),
    ],
)  # fmt: skip
def test_named_again(nlp: Language, text: str, expected: object) -> None:
    assert mentions(nlp, text) == expected
