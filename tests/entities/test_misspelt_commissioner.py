"""The common misspellings of "Police and Crime Commissioner" ("Comissioner",
"Commisioner", one letter short) are forms of the title (entry
``police-and-crime-commissioner`` of ``titles.jsonl``), so a reprint's typo neither loses
the person nor the title: "The county's police and crime comissioner, Jo Bell, has given
£85,000" gives Jo Bell the title Police and Crime Commissioner. Near misses: the correct
spelling is unchanged, and a misspelt word with no name after it makes no person. Every
sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

PCC = "Police and Crime Commissioner"
CASES = {
    "possessive_lower_case_comissioner": (
        "The county's police and crime comissioner, Aled Rowlands, has given £60,000 to the "
        "scheme.",
        {"Aled Rowlands": [PCC]},
    ),
    "title_before_name_commisioner": (
        "Police and Crime Commisioner Nadia Quinn said the money would pay for two officers.",
        {"Nadia Quinn": [PCC]},
    ),
    "place_possessive_comissioner": (
        "Cumbria's Police and Crime Comissioner, Nadia Quinn, said the money was ring-fenced.",
        {"Nadia Quinn": [PCC]},
    ),
    # near misses: the right spelling, and no name after the misspelt title
    "correct_spelling": (
        "The county's police and crime commissioner, Aled Rowlands, has given £60,000 to the "
        "scheme.",
        {"Aled Rowlands": [PCC]},
    ),
    "no_name_after": (
        "The police and crime comissioner has given £60,000 to the scheme.",
        {},
    ),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_misspelt_commissioner(nlp: Language, text: str, expected: dict[str, list[str]]) -> None:
    doc = nlp(text)
    people = {
        info.name: sorted(info.titles)
        for info in doc._.entity_info.values()
        if info.type == "PERSON"
    }
    assert people == {name: sorted(titles) for name, titles in expected.items()}
