"""The UK's ambulance services are ORG entries of the gazetteer, their short names ("North
West Ambulance Service") aliases of the trust's full name, so one service named both ways is
one entity; sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP

CASES: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Crews from North West Ambulance Service were attacked 30 times.",
        [("North West Ambulance Service", "ORG", "org:north-west-ambulance-service-nhs-trust")],
    ),
    (
        "The Yorkshire Ambulance Service NHS Trust said staff wore cameras.",
        [
            (
                "Yorkshire Ambulance Service NHS Trust",
                "ORG",
                "org:yorkshire-ambulance-service-nhs-trust",
            )
        ],
    ),
    (
        "Paramedics with the Scottish Ambulance Service backed the law.",
        [("Scottish Ambulance Service", "ORG", "org:scottish-ambulance-service")],
    ),
    (
        "SECAmb reported 410 assaults on staff.",
        [("SECAmb", "ORG", "org:south-east-coast-ambulance-service-nhs-foundation-trust")],
    ),
    # near miss: an ambulance service of no listed name is no entry's
    (
        "The ambulance service said 12 crews were assaulted.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_ambulance_services(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(span.text, span.label_, span.id_) for span in spans] == expected
