"""A lower-case officer post after a possessive, set off by a comma before a rank and a
name ("The force's dog legislation officer, PC Jo Bell, said") is the person's title
beside the rank (``person_rules`` lead-in ``after_possessive``, head word "officer"); a
post with "new" or "former" before it, or no possessive, stays no title. Every sentence
is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

CASES = {
    "force_possessive_two_words": (
        "The force's dog legislation officer, PC Ruth Okonjo, said the team had seized dogs.",
        {"Ruth Okonjo": ["Dog Legislation Officer", "Police Constable"]},
    ),
    "named_force_possessive": (
        'Cumbria Constabulary\'s wildlife crime officer, PC Gareth Pell, said: "We act."',
        {"Gareth Pell": ["Police Constable", "Wildlife Crime Officer"]},
    ),
    "council_possessive_with_rank": (
        'The council\'s senior licensing officer, Sgt Mared Lloyd, said: "We act."',
        {"Mared Lloyd": ["Senior Licensing Officer", "Sergeant"]},
    ),
    # near misses: a post that is not a title, or no possessive before it
    "new_officer": (
        'Its new officer, PC Ruth Okonjo, said: "We act."',
        {"Ruth Okonjo": ["Police Constable"]},
    ),
    "no_possessive": (
        'An off-duty officer, PC Ruth Okonjo, said: "We act."',
        {"Ruth Okonjo": ["Police Constable"]},
    ),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_possessive_officer_comma_rank(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    found = {name: sorted(info.titles) for name, info in people(nlp, text).items()}
    assert found == {name: sorted(titles) for name, titles in expected.items()}
