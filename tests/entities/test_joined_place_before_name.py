"""Rule ``joined_place_before_name`` (:func:`pressfacts.entities.portfolio_runs.place_before_name`):
the place of a title standing right before a name with no comma (rule
``title_place_then_name``) may join its words with "of", "and the" or "of the" ("Police and
Crime Commissioner for Hampshire and the Isle of Wight Jo Bell said"), not only "and"; the
person keeps the title. Sentences invented for the test; near misses: a one-word place (as
before), a place with no title before it, and a place with no name after it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

ROWS = [
    pytest.param(
        "Police and Crime Commissioner for Cornwall and the Isles of Scilly Rhona Tait said:"
        ' "The budget is fair."',
        "Rhona Tait",
        ["Police and Crime Commissioner"],
        id="and-the-of",
    ),
    pytest.param(
        "Deputy Mayor for the East of England Priya Lal said the board would meet in May.",
        "Priya Lal",
        ["Deputy Mayor"],
        id="the-of",
    ),
    # near misses: one plain place (as before); a place with no title before it
    pytest.param(
        "Police and Crime Commissioner for Kent Rhona Tait said the budget was fair.",
        "Rhona Tait",
        ["Police and Crime Commissioner"],
        id="one-place",
    ),
    pytest.param(
        "Speaking for the Isle of Wight Ferry Users, Rhona Tait said the ferry was late.",
        "Rhona Tait",
        [],
        id="no-title",
    ),
]


@pytest.mark.parametrize(("text", "name", "titles"), ROWS)
def test_joined_place_before_name(nlp: Language, text: str, name: str, titles: list[str]) -> None:
    found = people(nlp, text)
    assert name in found
    assert found[name].titles == titles


def test_a_joined_place_with_no_name_after_it_gives_no_person(nlp: Language) -> None:
    found = people(nlp, "The Commissioner for Hampshire and the Isle of Wight said so.")
    assert not any("Wight" in name or "Isle" in name for name in found)
