"""Names with accented letters ("Siân", "Zoë", "Seán") are names like any other: the
name patterns read accented lower-case letters, and the given-name lexicon (plain
letters) knows a given name with its accents taken off.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.entities.names import NameCheck

ROWS = {
    "rank_then_welsh_circumflex": (
        "Recorder Siôn Llewelyn said the harm was lasting.",
        {"Siôn Llewelyn": ["Recorder"]},
    ),
    "weak_context_needs_unaccented_given_name": (
        "Seán Doherty said the new patrols had helped.",
        {"Seán Doherty": []},
    ),
    "diaeresis_with_title_after": (
        "Zoë Marchetti, director of the Marie Collins Foundation, said demand was high.",
        {"Zoë Marchetti": ["Director"]},
    ),
    "acute_accent_rank_before": (
        "Detective Sergeant Chloé Arnaud led the inquiry in Carlisle.",
        {"Chloé Arnaud": ["Detective Sergeant"]},
    ),
}


@pytest.mark.parametrize(("text", "expected"), ROWS.values(), ids=list(ROWS))
def test_accented_names(nlp: Language, text: str, expected: dict[str, list[str]]) -> None:
    doc = nlp(text)
    people = {i.name: i.titles for i in doc._.entity_info.values() if i.type == "PERSON"}
    assert people == expected


@pytest.mark.parametrize(
    ("word", "known"),
    [("Siân", True), ("Seán", True), ("Zoë", True), ("Siân-Wyn", False), ("Émile", False)],
)
def test_given_name_without_accents(word: str, known: bool) -> None:
    check = NameCheck.build(["Sian", "Sean", "Zoe"], [], [])
    assert check.is_given_name(word) is known
