"""Homelessness and armed forces charities in the gazetteer (Homeless Link and the
StreetLink service it runs, Thames Reach, Depaul UK, Emmaus UK, Norwich's St Martins
Housing Trust, SSAFA, Help for Heroes, The Royal British Legion); "Street Link" and
"Emmaus" only as written (abbreviations), never the lower-case words in running text.
Sentences invented."""

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
        (
            "Outreach workers from St Martins met 20 people in the city.",
            [("St Martins", "CHARITY")],
        ),
        (
            "St Martins Housing Trust opened a new hostel in Norwich.",
            [("St Martins Housing Trust", "CHARITY")],
        ),
        # near misses: the ordinary words are no charity; a church named for the saint
        ("A fire broke out at St Martin's Church in Exeter.", []),
        ("A street link road will open next year.", []),
        ("The emmaus walk was held in the park.", []),
    ],
)
def test_homelessness_charity(nlp: Language, text: str, found: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(s.text, s.label_) for s in spans if s.label_ == "CHARITY"] == found
