"""A sentence opening on a word and "and" before a lower-case title of the title table
with portfolio words of its own, then a rank and a name, joins the opening word to the
title's portfolio ("Wildlife and rural crime officer PC Ian Marchbank" -> "Wildlife and
Rural Crime Officer": rule ``sentence_led_joined_portfolio`` of
:mod:`pressfacts.entities.title_context`). Every sentence is invented; near misses keep the
title alone."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("Wildlife and rural crime officer PC Dan Whitlow said hare coursing had fallen.",
         "Dan Whitlow", ["Police Constable", "Wildlife and Rural Crime Officer"]),
        ("Business and rural crime officer Sgt Ella Crane said thefts from farms were down.",
         "Ella Crane", ["Sergeant", "Business and Rural Crime Officer"]),
        # near misses: a plural opening word (people joined), a one-word title
        ("Volunteers and rural crime officer PC Dan Whitlow met on Friday.", "Dan Whitlow",
         ["Police Constable", "Rural Crime Officer"]),
        ("Officers and manager Tom Hale went in.", "Tom Hale", ["Manager"]),
        # near misses: a given name, a place or "Police" opening the sentence (two subjects
        # of the sentence, no portfolio)
        ("Sarah and rural crime officer PC Jo Bell visited the farm.", "Jo Bell",
         ["Police Constable", "Rural Crime Officer"]),
        ("Lancashire and rural crime officer PC Sam Lee visited the farm.", "Sam Lee",
         ["Police Constable", "Rural Crime Officer"]),
        ("Police and wildlife crime officer PC Sam Lee visited the farm.", "Sam Lee",
         ["Police Constable", "Wildlife Crime Officer"]),
    ],
)  # fmt: skip
def test_sentence_led_joined_portfolio(
    nlp: Language, text: str, name: str, titles: list[str]
) -> None:
    assert sorted(people(nlp, text)[name].titles) == sorted(titles)
