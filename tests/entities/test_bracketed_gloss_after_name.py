"""A possessive or plain title, a comma, the name, then a bracketed gloss before the
rest of the sentence: "Gwent's Police and Crime Commissioner, Ann Price (Comisiynydd
Heddlu a Throseddu Gwent), has …". The gloss (a Welsh title, an acronym, a photo marker)
is skipped (``person_rules._GLOSS`` in the rule ``title_comma_name``), so the name keeps
the English title before it; the gloss itself is never a title.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

CASES = {
    "welsh_title_after_a_pcc": (
        "Dyfed-Powys's Police and Crime Commissioner, Delyth Morgan (Comisiynydd Heddlu a "
        "Throseddu Dyfed-Powys), has set aside money for rural victims.",
        {"Delyth Morgan": ["Police and Crime Commissioner"]},
    ),
    "welsh_title_after_a_chief_constable": (
        "North Wales Police's Chief Constable, Gareth Lloyd (Prif Gwnstabl), said the force "
        "was ready for the summer.",
        {"Gareth Lloyd": ["Chief Constable"]},
    ),
    "welsh_title_after_a_council_leader": (
        "Cardiff Council's leader, Rhian Bowen (Arweinydd y Cyngor), welcomed the plan.",
        {"Rhian Bowen": ["Leader"]},
    ),
    "photo_marker_after_a_portfolio": (
        "The force's head of roads policing, Emyr Hughes (pictured), said drivers had been warned.",
        {"Emyr Hughes": ["Head of Roads Policing"]},
    ),
    "plain_comma_still_works": (
        "Gwent's Police and Crime Commissioner, Delyth Morgan, has set aside money.",
        {"Delyth Morgan": ["Police and Crime Commissioner"]},
    ),
    "bracketed_place_is_no_person": (
        "Figures for Powys, Ceredigion (North) and Gwynedd show a rise in thefts.",
        {},
    ),
    "bracketed_years_are_no_gloss": (
        "The Chief Executive, Dylan Rees (2019), was praised by the board.",
        {},
    ),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_bracketed_gloss_after_name(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    doc = nlp(text)
    people = {
        info.name: info.titles for info in doc._.entity_info.values() if info.type == "PERSON"
    }
    assert people == expected
