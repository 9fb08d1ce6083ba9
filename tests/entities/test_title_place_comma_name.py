"""A title with its place, then a comma and the name: "The Police and Crime
Commissioner for Dunmore, Jo Bell, has pledged …" makes Jo Bell a person with that
title (the place goes to the role), and "said the Commissioner" later names her.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

CASES = {
    "pcc_for_place": (
        "The Police and Crime Commissioner for Dyfed-Powys, Gareth Pell, has pledged £2m "
        "to rural victims.",
        {"Gareth Pell": ["Police and Crime Commissioner"]},
    ),
    "deputy_pcc_for_place": (
        "The Deputy Police and Crime Commissioner for Cumbria, Ruth Okonjo, said the fund "
        "would grow.",
        {"Ruth Okonjo": ["Deputy Police and Crime Commissioner"]},
    ),
    "chief_constable_of_place": (
        "The Chief Constable of Lancashire, Ruth Okonjo, has written to every officer.",
        {"Ruth Okonjo": ["Chief Constable"]},
    ),
    "multi_word_place": (
        "The Police and Crime Commissioner for North Yorkshire, Ruth Okonjo, will chair the panel.",
        {"Ruth Okonjo": ["Police and Crime Commissioner"]},
    ),
    "honorific_before_the_name": (
        "The Police and Crime Commissioner for Gwent, Dr Ruth Okonjo, has pledged £2m.",
        {"Ruth Okonjo": ["Police and Crime Commissioner"]},
    ),
    "title_of_a_charity_then_a_knight": (
        "The chief executive of Barnardo's, Sir Tom Ellery, said the figures were stark.",
        {"Tom Ellery": ["Chief Executive"]},
    ),
    "title_of_a_force_then_a_dame": (
        "The Commissioner of the City of London Police, Dame Ruth Okonjo, said it.",
        {"Ruth Okonjo": ["Commissioner"]},
    ),
    "lower_case_after_for_is_no_place": (
        "The Commissioner for victims and witnesses in the area, as officers know, has said "
        "little.",
        {},
    ),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_title_place_comma_name(nlp: Language, text: str, expected: dict[str, list[str]]) -> None:
    doc = nlp(text)
    people = {
        info.name: info.titles for info in doc._.entity_info.values() if info.type == "PERSON"
    }
    assert people == expected


def test_said_the_commissioner_names_her(nlp: Language) -> None:
    text = (
        "The Police and Crime Commissioner for Dyfed-Powys, Ruth Okonjo, has pledged £2m "
        'to rural victims.\n\n"Help must reach the farms too," said the Commissioner.'
    )
    doc = nlp(text)
    assert [quote.speaker for quote in doc._.quotes] == ["person:ruth-okonjo"]


def test_the_honorific_stays_in_the_name_s_alias(nlp: Language) -> None:
    """ "…, Sir Tom Ellery, said" names "Sir Tom Ellery": an alias, never a title."""
    doc = nlp("The chief executive of Barnardo's, Sir Tom Ellery, said the figures were stark.")
    [person] = [i for i in doc._.entity_info.values() if i.type == "PERSON"]
    assert "Sir Tom Ellery" in person.aliases and "Sir" not in person.titles
