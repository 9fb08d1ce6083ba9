"""A head word that is the second half of a hyphenated word, with a capitalised word after
it, is a modifier inside a longer name, not the head of a name of its own ("the Multi-Agency
Safeguarding Hub" is no ORG "Multi-Agency": rule ``hyphen_compound_head``). The Child
Safeguarding Practice Review Panel is an ORG (``organisations.jsonl``). Sentences invented
for these tests."""

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
        ("Teachers can call the Multi-Agency Safeguarding Hub for advice.", []),
        ("Cases are heard at the Multi-Agency Risk Assessment Conference each week.", []),
        ("She sits on the Inter-Agency Liaison Group in Leeds.", []),
        ("The review was sent to the Child Safeguarding Practice Review Panel in May.",
         [("ORG", "Child Safeguarding Practice Review Panel")]),
        # near misses: the head ends the name; a head after a space
        ("The Anglo-Irish Agency said it would help.", [("ORG", "Anglo-Irish Agency")]),
        ("The Environment Agency said it would help.", [("ORG", "Environment Agency")]),
        ("Funding went to the West Yorkshire Anti-Slavery Partnership last year.",
         [("ORG", "West Yorkshire Anti-Slavery Partnership")]),
    ],
)  # fmt: skip
def test_hyphen_compound_heads(nlp: Language, text: str, expected: object) -> None:
    assert found(nlp, text) == expected
