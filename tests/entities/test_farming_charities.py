"""Farming and rural charities are CHARITY entities of the gazetteer (``charities.jsonl``):
the National Sheep Association, the Farming Community Network, the Royal Agricultural
Benevolent Institution (RABI) and the Farm Safety Foundation, which livestock worrying and
rural crime releases name beside the farming unions (ORG). Sentences invented for the test;
near misses name a farming union or a plain phrase, no charity."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    (
        "The National Sheep Association said its members had lost 300 ewes, Cumbria Police said.",
        {("CHARITY", "National Sheep Association"), ("FORCE", "Cumbria Constabulary")},
    ),
    (
        "Farmers can call the Farming Community Network or RABI for support.",
        {
            ("CHARITY", "Farming Community Network"),
            ("CHARITY", "Royal Agricultural Benevolent Institution"),
        },
    ),
    (
        "The Farm Safety Foundation works with Devon and Cornwall Police on quad bike safety.",
        {("CHARITY", "Farm Safety Foundation"), ("FORCE", "Devon and Cornwall Police")},
    ),
    # near misses: a farming union (ORG), a plain phrase
    ("NFU Scotland said sheep farmers were worried.", {("ORG", "NFU Scotland")}),
    ("The farming community network of the village met on Tuesday.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_farming_charities(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    doc = nlp(text)
    found = {(i.type, i.name) for i in doc._.entity_info.values() if i.type != "PERSON"}
    assert found == expected
