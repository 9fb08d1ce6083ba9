"""A name of two words joined by "and" before its head word, after a possessive of its
country or owner ("Nigeria's Economic and Financial Crimes Commission"), is kept whole
without the possessive (rule ``possessive-joined-head``), not cut to the words after "and";
not when "Hospital" follows (a hospital named after a university is no entity).
Sentences invented for these tests."""

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
        ("Detectives worked with Kenya's Ethics and Integrity Commission on the case.",
         [("ORG", "Ethics and Integrity Commission")]),
        ("The council's Health and Wellbeing Board met on Monday.",
         [("ORG", "Health and Wellbeing Board")]),
        ("Officers from Ghana's Revenue and Customs Authority joined the raid.",
         [("ORG", "Revenue and Customs Authority")]),
        # near misses: no head word after the joined words, no possessive before them; a
        # hospital named after a university (not_followed_by)
        ("Youth workers at Alder Hey Children's Hospital and Aintree University Hospital "
         "spoke to 90 people.", []),
        ("Nurses at Sheffield Children's Hospital and Northern General Hospital helped.", []),
        ("The force's Fraud and Cyber team made 12 arrests.", []),
        ("Officers met the Health and Wellbeing team in Leeds.", []),
    ],
)  # fmt: skip
def test_possessive_joined_heads(nlp: Language, text: str, expected: object) -> None:
    assert found(nlp, text) == expected
