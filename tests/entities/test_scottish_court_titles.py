"""A Scottish sheriff is a judicial title before a name, as "Judge" and "Recorder" are
(entries ``sheriff`` and ``sheriff-principal`` of ``titles.jsonl``): "Sheriff Grant
McCulloch said" gives the person the title Sheriff. Near misses: "the sheriff court",
"Sheriff officers" name no one. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

CASES = {
    "sheriff": (
        "Sheriff Ewan Baird said emergency workers deserved protection.",
        {"Ewan Baird": ["Sheriff"]},
    ),
    "sheriff_principal": (
        "Sheriff Principal Moira Grant said the appeal had failed.",
        {"Moira Grant": ["Sheriff Principal"]},
    ),
    "passing_sentence": (
        "Passing sentence, Sheriff Ewan Baird told him he would be jailed.",
        {"Ewan Baird": ["Sheriff"]},
    ),
    # near misses: no name after the word
    "sheriff_court": ("The case was heard at Perth Sheriff Court on Monday.", {}),
    "sheriff_officers": ("Sheriff officers seized a car in Dundee.", {}),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_scottish_court_titles(nlp: Language, text: str, expected: dict[str, list[str]]) -> None:
    doc = nlp(text)
    people = {
        info.name: sorted(info.titles)
        for info in doc._.entity_info.values()
        if info.type == "PERSON"
    }
    assert people == expected
