"""A rank written later with a person's family name is a title when the introduction gave
job titles but no rank (rule ``short_form_rank`` of ``family_mentions``): "Nia Hughes, the
area commander for Bangor, said …" then "Supt Hughes said …" gives Superintendent too. Not
when the introduction gave a rank ("Detective Superintendent …" then "Supt …"), nor a
title ending in the same word ("Police and Crime Commissioner …" then "Commissioner …"),
nor an honorific. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

CASES = {
    "commander_then_superintendent": (
        'Nia Hughes, the area commander for Bangor, said: "We will keep patrolling."\n\n'
        "Supt Hughes said the cameras had helped.",
        {"Nia Hughes": ["Area Commander", "Superintendent"]},
    ),
    "head_of_then_inspector": (
        'Owen Pryor, the force\'s head of roads policing, said: "Slow down."\n\n'
        '"It is simple," Inspector Pryor added.',
        {"Owen Pryor": ["Head of Roads Policing", "Inspector"]},
    ),
    # near misses: a rank in the introduction, a title ending in the rank word, an honorific
    "rank_already": (
        'Detective Superintendent Leah Marsh said: "We will find them."\n\n'
        "Supt Marsh said six men had been arrested.",
        {"Leah Marsh": ["Detective Superintendent"]},
    ),
    "commissioner_already": (
        'Police and Crime Commissioner Amir Patel said: "This matters."\n\n'
        "Commissioner Patel said the money would help.",
        {"Amir Patel": ["Police and Crime Commissioner"]},
    ),
    "honorific": (
        'Dr Ruth Kemp, the chief executive of the trust, said: "We are ready."\n\n'
        "Mrs Kemp said the trust would help.",
        {"Ruth Kemp": ["Chief Executive"]},
    ),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_short_form_rank(nlp: Language, text: str, expected: dict[str, list[str]]) -> None:
    doc = nlp(text)
    people = {
        info.name: sorted(info.titles)
        for info in doc._.entity_info.values()
        if info.type == "PERSON"
    }
    assert people == {name: sorted(titles) for name, titles in expected.items()}
