"""A given name after a place modifier ("North", "West", "Mid" …) is a place naming a local
charity, not a person's first name before a one-word charity's name read as a surname:
"North Kent Mind", "West Devon Refuge" (``gazetteer.PLACE_MODIFIERS`` in the given-name
guard). Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP

CASES: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "The crisis cafe is run by North Kent Mind and is open every evening.",
        [("North Kent Mind", "CHARITY")],
    ),
    (
        "Staff from West Devon Refuge met officers on Tuesday.",
        [("West Devon Refuge", "CHARITY")],
    ),
    (
        "Volunteers at South Carlton Mind answered the calls.",
        [("South Carlton Mind", "CHARITY")],
    ),
    # near misses: a given name with no place modifier before it keeps the guard (no charity)
    ("Officers spoke to Devon Brook about the incident.", []),
    ("The report was written by Kent Refuge.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_place_modified_given_names(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    doc = nlp(text)
    assert [(span.text, span.label_) for span in doc.spans[ENTITY_SPAN_GROUP]] == expected
