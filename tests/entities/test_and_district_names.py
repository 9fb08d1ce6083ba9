"""A town "and District" (or "and Area") before a group's head word is one name (rule
``and-district-head``), on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP

CASES: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Joan Pryce, secretary of the Settle and District Residents' Association, said it met.",
        [("Joan Pryce", "PERSON"), ("Settle and District Residents' Association", "ORG")],
    ),
    (
        "The Alnwick and District Civic Society wrote to the council.",
        [("Alnwick and District Civic Society", "ORG")],
    ),
    (
        "Thirsk and District Rotary Club raised money for the van.",
        [("Thirsk and District Rotary Club", "ORG")],
    ),
    (
        "A Louth and District Residents Association survey found support.",
        [("Louth and District Residents Association", "ORG")],
    ),
    # near miss: "district" in lower case is no part of the name
    (
        "Officers met the Kelso Residents' Association and district councillors.",
        [("Kelso Residents' Association", "ORG")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_and_district_names_are_whole(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    doc = nlp(text)
    assert [(span.text, span.label_) for span in doc.spans[ENTITY_SPAN_GROUP]] == expected
