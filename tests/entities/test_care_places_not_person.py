"""``resources/non_name_words.txt``: "Infirmary", "Hospice" and "Clinic" are words places of
care are named with, never part of a person's name ("a consultant at Hull Royal
Infirmary, said" is no person "Royal Infirmary"); a person named beside one is still
found. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

ROWS = [
    ("A consultant at Hull Royal Infirmary, said the injuries were rare.", []),
    ("Nurses at Bradford Royal Infirmary, said the ward was full.", []),
    ("Staff from Martin House Hospice, said the appeal raised £4,000.", []),
    ("A doctor at the Riverside Sexual Health Clinic, said demand had risen.", []),
    # near miss: a person named beside the hospital is still a person
    ("Dr Nina Patel, a consultant at Hull Royal Infirmary, said it was rare.", ["Nina Patel"]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_care_places_are_no_person(nlp: Language, text: str, expected: list[str]) -> None:
    assert sorted(people(nlp, text)) == expected
