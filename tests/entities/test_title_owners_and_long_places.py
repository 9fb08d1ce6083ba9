"""Titles with a long place before them or an owner pointing back inside them: a place of
three words or more with small words in it ("Bournemouth, Christchurch and Poole Police
and Crime Commissioner") is the role's area, not a portfolio word; "head of the force's
control room" drops "the force's" as "head of Kent Police's control room" drops the force.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.entities.title_tails import long_place_heads


def roles(nlp: Language, text: str) -> dict[str, list[tuple[str, str | None]]]:
    """Person name -> (title, area) of each role the pipeline finds in ``text``."""
    doc = nlp(text)
    return {
        info.name: sorted((role.title, role.area) for role in info.roles)
        for info in doc._.entity_info.values()
        if info.type == "PERSON"
    }


CASES = {
    "long_place_with_and_of": (
        "Hampshire and Isle of Wight Police and Crime Commissioner Priya Doyle set the budget.",
        {"Priya Doyle": [("Police and Crime Commissioner", "Hampshire and Isle of Wight")]},
    ),
    "long_place_with_the": (
        "Hampshire and the Isle of Wight Police and Crime Commissioner Ewan Barr spoke.",
        {"Ewan Barr": [("Police and Crime Commissioner", "Hampshire and the Isle of Wight")]},
    ),
    "short_place_unchanged": (
        "Devon and Cornwall Police and Crime Commissioner Ewan Barr spoke.",
        {"Ewan Barr": [("Police and Crime Commissioner", "Devon and Cornwall")]},
    ),
    "owner_the_force": (
        '"We pick up fast," said Inspector Lola Grant, head of the force\'s control room.',
        {"Lola Grant": [("Head of Control Room", None), ("Inspector", None)]},
    ),
    "owner_the_charity_curly": (
        "\u201cWe listen,\u201d said Owen Hart, manager of the charity\u2019s helpline team.",
        {"Owen Hart": [("Manager of Helpline Team", None)]},
    ),
    "owner_the_council": (
        '"It works," said Mina Cole, lead for the council\'s community safety team.',
        {"Mina Cole": [("Lead for Community Safety Team", None)]},
    ),
}


@pytest.mark.parametrize(("text", "expected"), CASES.values(), ids=CASES.keys())
def test_title_roles(
    nlp: Language, text: str, expected: dict[str, list[tuple[str, str | None]]]
) -> None:
    assert roles(nlp, text) == expected


HEADS = {
    "three_words": ("the new Devon and Cornwall", ("Devon and Cornwall",)),
    "five_words": ("set by Hampshire and Isle of Wight", ("Hampshire and Isle of Wight",)),
    "two_words_left_to_the_short_reading": ("in North Wales", ()),
    "unknown": ("by Greater Dunmore and Fenby", ()),
}


@pytest.mark.parametrize(("head", "expected"), HEADS.values(), ids=HEADS.keys())
def test_long_place_heads(head: str, expected: tuple[str, ...]) -> None:
    places = {"devon and cornwall", "hampshire and isle of wight", "north wales"}
    assert long_place_heads(head, lambda text: text.lower() in places) == expected
