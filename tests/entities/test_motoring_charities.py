"""Motoring research and road safety charities in the gazetteer (the RAC Foundation, the AA
Charitable Trust): the charity, not the motoring organisation whose initials begin its
name ("RAC", "AA" alone stay ORG). Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Figures obtained by the RAC Foundation show 900 thefts in Surrey.",
            [("RAC Foundation", "CHARITY")],
        ),
        (
            "The AA Charitable Trust paid for 300 young drivers to take lessons.",
            [("AA Charitable Trust", "CHARITY")],
        ),
        # near misses: the motoring organisations themselves are no charity
        ("RAC patrols attended 40 breakdowns on the M6.", []),
        ("The AA said fuel prices had risen again.", []),
    ],
)
def test_motoring_charity(nlp: Language, text: str, found: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(s.text, s.label_) for s in spans if s.label_ == "CHARITY"] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("RAC patrols attended 40 breakdowns on the M6.", [("RAC", "ORG")]),
        ("Figures obtained by the RAC Foundation show 900 thefts.", []),
    ],
)
def test_motoring_organisation_stays_org(
    nlp: Language, text: str, found: list[tuple[str, str]]
) -> None:
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(s.text, s.label_) for s in spans if s.label_ == "ORG"] == found
