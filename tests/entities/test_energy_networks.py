"""Energy network operators, the energy regulator and Crimestoppers' energy-theft service are
entries of the gazetteer (Electricity North West, UK Power Networks, SP Energy Networks, SSEN,
Cadent, Ofgem, Stay Energy Safe); sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP

CASES: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "Electricity North West found 40 bypassed meters in Bolton.",
        [("Electricity North West", "ORG", "org:electricity-north-west")],
    ),
    (
        "Engineers from UK Power Networks made the supply safe.",
        [("UK Power Networks", "ORG", "org:uk-power-networks")],
    ),
    (
        "SP Energy Networks said 12 farms had been wired around the meter.",
        [("SP Energy Networks", "ORG", "org:sp-energy-networks")],
    ),
    (
        "SSEN engineers cut off the supply.",
        [("SSEN", "ORG", "org:scottish-and-southern-electricity-networks")],
    ),
    (
        "Cadent said gas theft put whole streets at risk.",
        [("Cadent", "ORG", "org:cadent-gas")],
    ),
    (
        "Figures from Ofgem show theft costs every household.",
        [("Ofgem", "ORG", "org:ofgem")],
    ),
    (
        "Anyone worried can call Stay Energy Safe anonymously.",
        [("Stay Energy Safe", "CHARITY", "charity:stay-energy-safe")],
    ),
    # near misses: the words in lower case, an energy company of no listed name
    ("Officers said people should stay energy safe this winter.", []),
    ("The local network operator said 12 meters were bypassed.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_energy_networks(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(span.text, span.label_, span.id_) for span in spans] == expected
