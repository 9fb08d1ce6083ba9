"""The Marine Management Organisation and the ten Inshore Fisheries and Conservation
Authorities of England are entries of the gazetteer, with their "X IFCA" short forms.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP

CASES: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "Officers from the Sussex Inshore Fisheries and Conservation Authority boarded the boat.",
        [
            (
                "Sussex Inshore Fisheries and Conservation Authority",
                "ORG",
                "org:sussex-inshore-fisheries-and-conservation-authority",
            )
        ],
    ),
    (
        "Devon and Severn IFCA said the mussel beds were closed.",
        [
            (
                "Devon and Severn IFCA",
                "ORG",
                "org:devon-and-severn-inshore-fisheries-and-conservation-authority",
            )
        ],
    ),
    (
        "The Marine Management Organisation issued the licences.",
        [("Marine Management Organisation", "ORG", "org:marine-management-organisation")],
    ),
    (
        "Fishing vessels were inspected by the MMO at Brixham.",
        [("MMO", "ORG", "org:marine-management-organisation")],
    ),
    # near misses: the words in lower case, no listed authority
    ("The local inshore fisheries authority closed the beds.", []),
    ("Marine management is shared by several bodies.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_marine_bodies(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(span.text, span.label_, span.id_) for span in spans] == expected
