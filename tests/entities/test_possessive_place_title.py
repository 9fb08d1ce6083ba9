"""The place a lower-case title covers, written between a possessive and the title, set off
by a comma before a rank and a name ("South Yorkshire Police's Sheffield district
commander, Chief Superintendent Jo Bell, said") does not stop the title being the person's
beside the rank (``person_rules`` lead-in ``possessive_place_title``); a place and a noun
that is no title head gives no title. Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

CASES = {
    "force_place_district_commander": (
        "Cleveland Police's Hartlepool district commander, Chief Inspector Omar Haddad, said"
        " the patrols would continue.",
        {"Omar Haddad": ["Chief Inspector", "District Commander"]},
    ),
    "two_word_place_lead": (
        'The charity\'s West Midlands youth lead, Sergeant Dina Kerr, said: "We are ready."',
        {"Dina Kerr": ["Sergeant", "Youth Lead"]},
    ),
    "place_and_title_head_only": (
        "Avon and Somerset Police's Bristol commander, Superintendent Will Grey, said the"
        " cameras had helped.",
        {"Will Grey": ["Commander", "Superintendent"]},
    ),
    # near misses: no title head after the place
    "place_and_team": (
        "The force's Hartlepool team, Chief Inspector Omar Haddad, said the patrols worked.",
        {"Omar Haddad": ["Chief Inspector"]},
    ),
    "place_and_plural_noun": (
        "Cleveland Police's Hartlepool officers, Chief Inspector Omar Haddad said, worked hard.",
        {"Omar Haddad": ["Chief Inspector"]},
    ),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_possessive_place_title(nlp: Language, text: str, expected: dict[str, list[str]]) -> None:
    found = {name: sorted(info.titles) for name, info in people(nlp, text).items()}
    assert found == {name: sorted(titles) for name, titles in expected.items()}
