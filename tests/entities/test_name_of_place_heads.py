"""An organisation named "<Word> of <Place> <Name> <Head>" ("the Heart of Bristol Retail
Partnership": rule ``name-of-place-head``) is kept whole, not cut to the part after "of";
a title or a head word before "of" ("the chief executive of …", "Mayor of …") does not
open such a name. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP


def found(nlp: Language, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(span.label_, span.text) for span in doc.spans[ENTITY_SPAN_GROUP]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Figures came from the Heart of Bristol Retail Partnership on Monday.",
         [("ORG", "Heart of Bristol Retail Partnership")]),
        ("Members of the Friends of Sheffield Parks Forum met in May.",
         [("ORG", "Friends of Sheffield Parks Forum")]),
        ("The Heart of Manchester Business Alliance funds street rangers.",
         [("ORG", "Heart of Manchester Business Alliance")]),
        # near misses: a title or a title-like word before "of" opens no name
        ("He is chief executive of Leeds Housing Association.",
         [("ORG", "Leeds Housing Association")]),
        ("She spoke to the Mayor of Cardiff Business Forum.",
         [("ORG", "Cardiff Business Forum")]),
    ],
)  # fmt: skip
def test_name_of_place_heads(nlp: Language, text: str, expected: object) -> None:
    assert found(nlp, text) == expected
