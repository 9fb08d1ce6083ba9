"""Volunteer search and rescue teams named by their place (``rescue-team`` of
``organisation_patterns.jsonl``), a place's "Search and Rescue" with no team word
(``search-and-rescue-place``), and independent rescue boats and inshore rescue services
(``rescue-boat``) are CHARITY entities; so is a place's "Search and Mountain Rescue
Association" (``rescue-team``). Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    (
        "Officers were joined by Keswick Mountain Rescue Team and Northumberland Search and "
        "Rescue Team on the fells.",
        {
            ("CHARITY", "Keswick Mountain Rescue Team"),
            ("CHARITY", "Northumberland Search and Rescue Team"),
        },
    ),
    (
        "Volunteers from Cornwall Search and Rescue Team searched the coast path with Devon "
        "and Cornwall Police.",
        {("CHARITY", "Cornwall Search and Rescue Team"), ("FORCE", "Devon and Cornwall Police")},
    ),
    (
        "The search was led by Brecon Mountain Rescue Team, with help from Dyfed-Powys Police.",
        {("CHARITY", "Brecon Mountain Rescue Team"), ("FORCE", "Dyfed-Powys Police")},
    ),
    # a search and mountain (cave, lowland) rescue body: "Search and" before the kind of
    # rescue, then the head word (rule ``rescue-team``)
    (
        "Volunteers of the Snowdonia Search and Mountain Rescue Association joined North "
        "Wales Police.",
        {
            ("CHARITY", "Snowdonia Search and Mountain Rescue Association"),
            ("FORCE", "North Wales Police"),
        },
    ),
    (
        "Mendip Search and Cave Rescue Team brought the man out of the cave.",
        {("CHARITY", "Mendip Search and Cave Rescue Team")},
    ),
    # near misses: no head word after the rescue words, lower-case words
    (
        "Search and mountain rescue volunteers were thanked by Gwent Police.",
        {("FORCE", "Gwent Police")},
    ),
    # near misses: a helicopter (its operator, HM Coastguard, is a body of the gazetteer;
    # no rescue team), lower-case teams, no team word
    (
        "The HM Coastguard Search and Rescue helicopter was sent from Newquay.",
        {("ORG", "HM Coastguard")},
    ),
    ("Lowland rescue teams across Lincolnshire were called out 40 times.", set()),
    ("Search and Rescue volunteers joined the hunt in Cumbria.", set()),
    # a place's lowland rescue charity named with no team word (``search-and-rescue-place``)
    (
        "A drone crew and volunteers from Derbyshire Search and Rescue found the walker.",
        {("CHARITY", "Derbyshire Search and Rescue")},
    ),
    (
        "Officers from North Yorkshire Police and North Yorkshire Search and Rescue searched "
        "the shore.",
        {
            ("CHARITY", "North Yorkshire Search and Rescue"),
            ("FORCE", "North Yorkshire Police"),
        },
    ),
    # near misses: no place before the words, a helicopter named after a place
    ("Coastguard Search and Rescue crews joined the hunt off Whitby.", set()),
    ("The Devon Search and Rescue helicopter landed at Exeter.", set()),
    # independent rescue boats and inshore rescue services (rule `rescue-boat`)
    (
        "Crews from Shrewsbury Rescue Boat and Lancashire Constabulary searched the river.",
        {("CHARITY", "Shrewsbury Rescue Boat"), ("FORCE", "Lancashire Constabulary")},
    ),
    (
        "Volunteers from Hunstanton Inshore Rescue launched at about 4pm.",
        {("CHARITY", "Hunstanton Inshore Rescue")},
    ),
    (
        "The casualty was brought ashore by Caister Independent Lifeboat.",
        {("CHARITY", "Caister Independent Lifeboat")},
    ),
    # near misses: a lower-case rescue boat, a fire service's boat, no place before the words
    ("A rescue boat from the fire station searched the lake near Bala.", set()),
    (
        "Merseyside Fire and Rescue Service sent its rescue boats to the docks.",
        {("ORG", "Merseyside Fire and Rescue Service")},
    ),
    ("Rescue Boat crews were stood down after an hour.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_rescue_teams(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    doc = nlp(text)
    found = {(i.type, i.name) for i in doc._.entity_info.values() if i.type != "PERSON"}
    assert found == expected
