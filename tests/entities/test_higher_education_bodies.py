"""Universities UK, the representative body of the UK's universities, is an entry of the
gazetteer (ORG), with its short form "UUK". Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP

CASES: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "The trust will draw up new complaints guidance with Universities UK.",
        [("Universities UK", "ORG", "org:universities-uk")],
    ),
    (
        "Universities UK said every campus should have a named hate crime lead.",
        [("Universities UK", "ORG", "org:universities-uk")],
    ),
    (
        "A spokesperson for UUK said the guidance would be published in May.",
        [("UUK", "ORG", "org:universities-uk")],
    ),
    # near misses: universities of the UK named in lower case or with the country first
    ("Most universities in the UK now run an online reporting form.", []),
    ("Several UK universities have trained their security staff.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_higher_education_bodies(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(span.text, span.label_, span.id_) for span in spans] == expected
