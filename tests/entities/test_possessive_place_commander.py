"""A lower-case commander's title and the place it commands, after a possessive and set
off by a comma before a rank and a name ("Kent Police's divisional commander for Medway,
Superintendent Jo Bell, said") is the person's title beside the rank (``person_rules``
lead-in ``possessive_place_commander``); a lower-case phrase with no commander's head
between the possessive and the place gives no title. Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

CASES = {
    "force_divisional_commander": (
        "Kent Police's divisional commander for Medway, Superintendent Ian Marsh, said the"
        " force was pleased.",
        {"Ian Marsh": ["Divisional Commander", "Superintendent"]},
    ),
    "area_commander_quote": (
        "Durham Constabulary's area commander for Darlington, Chief Inspector Ruth Bell,"
        ' said: "We are pleased."',
        {"Ruth Bell": ["Area Commander", "Chief Inspector"]},
    ),
    "two_word_place": (
        "The force's local policing commander for Mid Devon, Inspector Sam Okoro, said:"
        ' "We will keep patrolling."',
        {"Sam Okoro": ["Inspector", "Local Policing Commander"]},
    ),
    # other heads of a title covering a place (PLACE_COMMAND_HEADS)
    "licensing_officer_for_place": (
        "Thames Valley Police's licensing officer for Oxford, PC Dan Fuller, told the"
        " committee the bar had ignored warnings.",
        {"Dan Fuller": ["Licensing Officer", "Police Constable"]},
    ),
    "neighbourhood_lead_for_place": (
        "Avon and Somerset Police's neighbourhood lead for Bath, Inspector Kay Doyle, said"
        ' the patrols would go on: "We are here every weekend."',
        {"Kay Doyle": ["Inspector", "Neighbourhood Lead"]},
    ),
    "night_time_economy_manager": (
        "West Yorkshire Police's night-time economy manager for Leeds, Sergeant Asha Patel,"
        " said the hub had helped hundreds of people.",
        {"Asha Patel": ["Night-time Economy Manager", "Sergeant"]},
    ),
    # rule place_rank_title: a rank word as the head, before the same rank and name
    "neighbourhood_inspector_for_place": (
        "Greater Manchester Police's neighbourhood inspector for Rochdale, Inspector Mia"
        " Rowe, said patrols would continue.",
        {"Mia Rowe": ["Inspector", "Neighbourhood Inspector"]},
    ),
    "custody_sergeant_no_place": (
        "Cumbria Constabulary's custody sergeant, Sergeant Ian Dale, said the cells were full.",
        {"Ian Dale": ["Custody Sergeant", "Sergeant"]},
    ),
    "rank_word_alone": (
        "The force's inspector, Inspector Jo Bell, said the cells were full.",
        {"Jo Bell": ["Inspector"]},
    ),
    # near misses: no commander's title between the possessive and the place
    "open_day_for_place": (
        'At the force\'s open day for Medway, Superintendent Ian Marsh said: "We are pleased."',
        {"Ian Marsh": ["Superintendent"]},
    ),
    "no_head_before_place": (
        "Sussex Police's support for Brighton, Sergeant Lee Hart, said, had been vital.",
        {"Lee Hart": ["Sergeant"]},
    ),
    "officer_of_the_day": (
        "Kent Police's busiest day for Medway, Superintendent Ian Marsh, said, was Friday.",
        {"Ian Marsh": ["Superintendent"]},
    ),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_possessive_place_commander(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    found = {name: sorted(info.titles) for name, info in people(nlp, text).items()}
    assert found == {name: sorted(titles) for name, titles in expected.items()}
