"""A title that opens with a known place of more than three words drops it to the role's
area, as a shorter one does: "Hampshire and Isle of Wight's police and crime commissioner"
-> Police and Crime Commissioner (rule ``place_head``, ``title_words.PLACE_HEAD_WORDS``;
sentences invented for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people


@pytest.mark.parametrize(
    ("text", "name", "titles", "areas"),
    [
        ('"Drivers deserve better," said Amir Shah, Hampshire and Isle of Wight\'s police '
         "and crime commissioner.",
         "Amir Shah", ["Police and Crime Commissioner"], ["Hampshire and Isle of Wight"]),
        ("Hampshire and the Isle of Wight Police and Crime Commissioner Lucy Crane said the "
         "money would be spent on patrols.",
         "Lucy Crane", ["Police and Crime Commissioner"], ["Hampshire and the Isle of Wight"]),
        ('"We will not stop," said Ed Marr, Avon and Somerset\'s police and crime '
         "commissioner.",
         "Ed Marr", ["Police and Crime Commissioner"], ["Avon and Somerset"]),
        # near miss: capitalised words that are no known place stay in the title
        ('"We will not stop," said Ed Marr, Stour Valley and Upper Dene\'s police and crime '
         "commissioner.",
         "Ed Marr", ["Stour Valley and Upper Dene's Police and Crime Commissioner"], [None]),
    ],
)  # fmt: skip
def test_long_place_head_titles(
    nlp: Language, text: str, name: str, titles: list[str], areas: list[str | None]
) -> None:
    info = people(nlp, text)[name]
    assert (sorted(info.titles), [role.area for role in info.roles]) == (titles, areas)
