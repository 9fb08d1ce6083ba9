"""Rule ``joined_place_run`` (:data:`pressfacts.entities.portfolio_runs._ONE_PLACE`): the
place of a title before a comma and a name may join its words with "of", "and the" or
"of the" ("The Police and Crime Commissioner for Hampshire and the Isle of Wight, Jo Bell,
has agreed …"), not only "and"; the person keeps the title, the role the place. Sentences
invented for the test; near misses: a place with no connector (unchanged) and a list of
people after a place, which gives no title."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

ROWS = [
    pytest.param(
        "The Police and Crime Commissioner for Cornwall and the Isles of Scilly, Rhona Tait,"
        " has approved the budget.",
        "Rhona Tait",
        ["Police and Crime Commissioner"],
        id="and-the-of",
    ),
    pytest.param(
        "The Police and Crime Commissioner for Hampshire and Isle of Wight, Colin Yates,"
        " has opened two hubs.",
        "Colin Yates",
        ["Police and Crime Commissioner"],
        id="and-of",
    ),
    pytest.param(
        "The Deputy Mayor for the East of England, Priya Lal, will chair the board.",
        "Priya Lal",
        ["Deputy Mayor"],
        id="of",
    ),
    # near misses: one plain place (as before); a place with no title before it
    pytest.param(
        "The Police and Crime Commissioner for Kent, Rhona Tait, has approved the budget.",
        "Rhona Tait",
        ["Police and Crime Commissioner"],
        id="one-place",
    ),
    pytest.param(
        "Speaking for the Isle of Wight, Rhona Tait said the ferry was late.",
        "Rhona Tait",
        [],
        id="people-after-place",
    ),
]


@pytest.mark.parametrize(("text", "name", "titles"), ROWS)
def test_joined_place_run(nlp: Language, text: str, name: str, titles: list[str]) -> None:
    found = people(nlp, text)
    assert name in found
    assert found[name].titles == titles
