"""Common misspellings of police ranks in reprints ("Cheif", "Superintendant",
"Sargeant") are forms of the rank's entry in ``titles.jsonl``, as the commissioner's are
(``test_misspelt_commissioner``): the person keeps the rank, spelt right. Every sentence
is invented for the test."""

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
    # near miss: the right spelling is unchanged
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
