"""A community flood group named "X Flood Wardens", "X Flood Group", "X Flood Volunteers"
or "X Flood Network" is an ORG (pattern ``flood-group``), not a person even when its
first word is a given name. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The grant goes to the Medway Flood Wardens, a volunteer group.",
            [("Medway Flood Wardens", "ORG")],
        ),
        (
            "Members of the Eden Valley Flood Group filled sandbags.",
            [("Eden Valley Flood Group", "ORG")],
        ),
        (
            "The Ryton Flood Volunteers checked on 40 homes.",
            [("Ryton Flood Volunteers", "ORG")],
        ),
        # near miss: a flood warning is no organisation
        (
            "The Environment Agency issued a Flood Warning for Keswick.",
            [("Environment Agency", "ORG")],
        ),
    ],
)
def test_flood_groups(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    """Each case: a text and its entity mentions with their types."""
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(span.text, span.label_) for span in spans] == expected
