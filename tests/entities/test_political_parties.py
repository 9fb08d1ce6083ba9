"""The UK's main political parties are ORG entries of the gazetteer (a party conference is
a major event that forces police and bill for), named by their full names; "Labour" or
"the Conservatives" alone, and a lower-case "labour", are no entry's. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP

CASES: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "Policing the Conservative Party conference in Manchester cost £3.1m.",
        [("Conservative Party", "ORG", "org:conservative-party")],
    ),
    (
        "The Labour Party conference drew 600 officers from nine forces.",
        [("Labour Party", "ORG", "org:labour-party")],
    ),
    (
        "The Liberal Democrats met in Bournemouth for four days.",
        [("Liberal Democrats", "ORG", "org:liberal-democrats")],
    ),
    (
        "Officers policed the SNP conference in Aberdeen.",
        [("SNP", "ORG", "org:scottish-national-party")],
    ),
    (
        "Reform UK held its rally at the NEC.",
        [("Reform UK", "ORG", "org:reform-uk")],
    ),
    # near misses: a party named short, and the common noun
    ("Labour said the bill was too high.", []),
    ("Officers found evidence of forced labour party workers.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_political_parties(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(span.text, span.label_, span.id_) for span in spans] == expected
