"""Police-sector charities in the gazetteer (Police Now, Police Care UK, Police Dependants'
Trust, Care of Police Survivors, Blue Lamp Foundation, The Police Treatment Centres); "Police
Now" only as written, never "police now" in running text; no "COPS" abbreviation (tabloid
capitals for "cops"). Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Police Now placed 210 graduates with forces this year.", [("Police Now", "CHARITY")]),
        (
            "The Police Dependants' Trust and Police Care UK both gave grants.",
            [("Police Dependants' Trust", "CHARITY"), ("Police Care UK", "CHARITY")],
        ),
        (
            "Care of Police Survivors held its annual service.",
            [("Care of Police Survivors", "CHARITY")],
        ),
        # near misses: the ordinary words are no charity
        ("Police now believe the man left the area.", []),
        ("Officers said police now patrol the park at night.", []),
        ("COPS have claimed they saved 40 children, the paper said.", []),
    ],
)
def test_police_charity(nlp: Language, text: str, found: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(s.text, s.label_) for s in spans if s.label_ == "CHARITY"] == found
