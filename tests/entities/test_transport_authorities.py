"""Transport authorities, executives and passenger watchdogs are ORG entries of the gazetteer
(Merseytravel, Nexus, Transport Scotland, SPT, Translink, Transport Focus, the ORR);
sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP

CASES: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "Figures from Merseytravel show 200 assaults on bus drivers.",
        [("Merseytravel", "ORG", "org:merseytravel")],
    ),
    (
        "Nexus, which runs the Metro, said 40 staff were assaulted.",
        [("Nexus", "ORG", "org:nexus")],
    ),
    (
        "A survey by Transport Focus found 12% of passengers felt unsafe.",
        [("Transport Focus", "ORG", "org:transport-focus")],
    ),
    (
        "SPT said subway staff had been threatened.",
        [("SPT", "ORG", "org:strathclyde-partnership-for-transport")],
    ),
    (
        "Translink staff were attacked 30 times last year.",
        [("Translink", "ORG", "org:translink")],
    ),
    (
        "The Office of Rail and Road published the figures.",
        [("Office of Rail and Road", "ORG", "org:office-of-rail-and-road")],
    ),
    # near misses: the words in lower case, a transport body of no listed name
    ("The nexus of crime and travel is the station.", []),
    ("The local transport authority said 12 buses were damaged.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_transport_authorities(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(span.text, span.label_, span.id_) for span in spans] == expected
