"""A lower-case commander post after a possessive, set off by a comma before a rank and a
name ("Essex Police's airport commander, Chief Inspector Jo Bell, said") is the person's
title beside the rank (``person_rules`` lead-in ``after_possessive``, head word
"commander" of ``title_words.POSSESSIVE_TITLE_HEADS``); a post with "new" or "former"
before it, or no possessive, stays no title. Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

CASES = {
    "force_airport_commander": (
        'Merseyside Police\'s airport commander, Chief Inspector Lena Grove, said: "We act."',
        {"Lena Grove": ["Airport Commander", "Chief Inspector"]},
    ),
    "force_district_commander": (
        "The force's district commander, Superintendent Owen Batt, said the port was safer.",
        {"Owen Batt": ["District Commander", "Superintendent"]},
    ),
    "ports_commander_two_words": (
        'Kent Police\'s seaport operations commander, Inspector Dev Rana, said: "We act."',
        {"Dev Rana": ["Inspector", "Seaport Operations Commander"]},
    ),
    # near misses: a post that is not a title, or no possessive before it
    "new_commander": (
        'Its new commander, Chief Inspector Lena Grove, said: "We act."',
        {"Lena Grove": ["Chief Inspector"]},
    ),
    "no_possessive": (
        'A former airport commander, Chief Inspector Lena Grove, said: "We act."',
        {"Lena Grove": ["Chief Inspector"]},
    ),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_possessive_commander_comma_rank(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    found = {name: sorted(info.titles) for name, info in people(nlp, text).items()}
    assert found == {name: sorted(titles) for name, titles in expected.items()}
