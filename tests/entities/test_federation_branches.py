"""A force's branch of the Police Federation is one organisation, not the force plus a stray
word (rule ``police-federation-branch``), on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP

CASES: list[tuple[str, list[tuple[str, str]]]] = [
    # a force's name before "Federation": the branch, an ORG swallowing the force
    (
        "Norfolk Police Federation chair Tom Reed said the figures were shocking.",
        [("Norfolk Police Federation", "ORG"), ("Tom Reed", "PERSON")],
    ),
    (
        "A survey by Thames Valley Police Federation found morale was low.",
        [("Thames Valley Police Federation", "ORG")],
    ),
    (
        "Members of Avon and Somerset Police Federation met on Monday.",
        [("Avon and Somerset Police Federation", "ORG")],
    ),
    ("The Scottish Police Federation backed the plan.", [("Scottish Police Federation", "ORG")]),
    # the national body keeps its own name
    (
        "The Police Federation of England and Wales welcomed the change.",
        [("Police Federation of England and Wales", "ORG")],
    ),
    # near misses: the force and the Federation named apart stay two
    (
        "Kent Police and the Police Federation agreed the rota.",
        [("Kent Police", "FORCE"), ("Police Federation", "ORG")],
    ),
    ("Essex Police officers joined the federation.", [("Essex Police", "FORCE")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_federation_branches(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    assert [(span.text, span.label_) for span in doc.spans[ENTITY_SPAN_GROUP]] == expected
