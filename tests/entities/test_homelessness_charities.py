"""Homelessness and armed forces charities in the gazetteer (Homeless Link and the
StreetLink service it runs, Thames Reach, Depaul UK, Emmaus UK, SSAFA, Help for Heroes,
The Royal British Legion); "Street Link" and "Emmaus" only as written (abbreviations),
never the lower-case words in running text. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Anyone worried about a rough sleeper can contact StreetLink.",
            [("StreetLink", "CHARITY")],
        ),
        (
            "Homeless Link and Thames Reach both welcomed the figures.",
            [("Homeless Link", "CHARITY"), ("Thames Reach", "CHARITY")],
        ),
        (
            "Referrals went to Emmaus and Depaul UK.",
            [("Emmaus", "CHARITY"), ("Depaul UK", "CHARITY")],
        ),
        (
            "Veterans were referred to SSAFA and Help for Heroes.",
            [("SSAFA", "CHARITY"), ("Help for Heroes", "CHARITY")],
        ),
        # near misses: the ordinary words are no charity
        ("A street link road will open next year.", []),
        ("The emmaus walk was held in the park.", []),
    ],
)
def test_homelessness_charity(nlp: Language, text: str, found: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(s.text, s.label_) for s in spans if s.label_ == "CHARITY"] == found
