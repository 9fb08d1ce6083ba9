"""Flood charities and the weather service named in storm releases are gazetteer entries:
the National Flood Forum and the Scottish Flood Forum are CHARITY, the Met Office an ORG
(not the Metropolitan Police's short form "Met"). Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Calls to the National Flood Forum rose by a third.",
            [("National Flood Forum", "CHARITY")],
        ),
        (
            "The Scottish Flood Forum sent volunteers to Hawick.",
            [("Scottish Flood Forum", "CHARITY")],
        ),
        ("The Met Office issued an amber warning for rain.", [("Met Office", "ORG")]),
        # near miss: the Met alone is still the Metropolitan Police
        ("The Met said 12 people were arrested.", [("Met", "FORCE")]),
    ],
)
def test_flood_bodies(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    """Each case: a text and its organisation mentions with their types."""
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(span.text, span.label_) for span in spans if span.label_ != "PERSON"] == expected
