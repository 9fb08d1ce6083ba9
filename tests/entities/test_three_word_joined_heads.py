"""A body whose name has three capitalised words before "and" and its head word ("the
British Vehicle Rental and Leasing Association"): rule ``org-head``, its three-word joined
form, keeps the name whole instead of only "Leasing Association"; a run whose third word is
a name's own end or a head ("the Crown Prosecution Service and Probation Service") stays two
names. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP


def found(nlp: Language, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(span.label_, span.text) for span in doc.spans[ENTITY_SPAN_GROUP]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Scottish Motor Dealers and Repairers Association backed the scheme.",
         [("ORG", "Scottish Motor Dealers and Repairers Association")]),
        ("Advice came from the Royal Town Planning and Housing Institute in March.",
         [("ORG", "Royal Town Planning and Housing Institute")]),
        ("Members of the Welsh Rural Crime and Farming Alliance met in Builth Wells.",
         [("ORG", "Welsh Rural Crime and Farming Alliance")]),
        # near misses: a name's own end or a head inside the run gives two names
        ("Figures from the Crown Prosecution Service and Probation Service were shared.",
         [("ORG", "Crown Prosecution Service"), ("ORG", "Probation Service")]),
        ("The British Retail Consortium and Local Government Association agreed.",
         [("ORG", "British Retail Consortium"), ("ORG", "Local Government Association")]),
        # two words before "and" as before
        ("Funding came from the Road Haulage and Freight Transport Association.",
         [("ORG", "Road Haulage and Freight Transport Association")]),
    ],
)  # fmt: skip
def test_three_word_joined_heads(nlp: Language, text: str, expected: object) -> None:
    assert found(nlp, text) == expected
