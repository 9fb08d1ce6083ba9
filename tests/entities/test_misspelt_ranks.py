"""Common misspellings of police ranks in reprints ("Cheif", "Superintendant",
"Sargeant") match the rank's entry in ``titles.jsonl`` through the misspelt words of
``title_misspellings.txt``, in full and abbreviated forms alike ("Det Cheif Supt"), as
the commissioner's do (``test_misspelt_commissioner``): the person keeps the rank, spelt
right. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

CASES = {
    "cheif_inspector": (
        "Cheif Inspector Ravi Dhillon said the patrols had worked.",
        {"Ravi Dhillon": ["Chief Inspector"]},
    ),
    "chief_superintendant": (
        "Chief Superintendant Helen Gray said the force was pleased.",
        {"Helen Gray": ["Chief Superintendent"]},
    ),
    "sargeant": (
        "Sargeant Owen Lewis, of Gwent Police, said the road was closed.",
        {"Owen Lewis": ["Sergeant"]},
    ),
    "detective_sergant": (
        "Detective Sergant Mia Ford said the men had been charged.",
        {"Mia Ford": ["Detective Sergeant"]},
    ),
    "misspelt_word_in_abbreviated_rank": (
        "Det Cheif Supt Nadia Quinn, of Avon and Somerset Police, said the gang was gone.",
        {"Nadia Quinn": ["Detective Chief Superintendent"]},
    ),
    "inspecter": (
        "Detective Chief Inspecter Colm Byrne said the inquiry went on.",
        {"Colm Byrne": ["Detective Chief Inspector"]},
    ),
    "seargent_abbreviated_detective": (
        "Det Seargent Lily Shaw said three men had been arrested.",
        {"Lily Shaw": ["Detective Sergeant"]},
    ),
    "assisstant_chief_constable": (
        "Assisstant Chief Constable Omar Price said the force would learn from it.",
        {"Omar Price": ["Assistant Chief Constable"]},
    ),
    # near misses: a family name spelt like a misspelt rank is no rank ("Sargent" is
    # listed for no rank); the right spelling is unchanged
    "surname_sargent": (
        "Detective Constable Mia Sargent of Dorset Police said the men were charged.",
        {"Mia Sargent": ["Detective Constable"]},
    ),
    "correct_spelling": (
        "Chief Inspector Ravi Dhillon said the patrols had worked.",
        {"Ravi Dhillon": ["Chief Inspector"]},
    ),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_misspelt_ranks(nlp: Language, text: str, expected: dict[str, list[str]]) -> None:
    doc = nlp(text)
    people = {
        info.name: sorted(info.titles)
        for info in doc._.entity_info.values()
        if info.type == "PERSON"
    }
    assert people == {name: sorted(titles) for name, titles in expected.items()}
