"""A named prison a post is held at is no part of the title ("branch secretary at HMP
Leeds" -> "Branch Secretary"; ``title_cleaning.PRISON_TAIL``). Sentences invented for the
test."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = {
    "secretary_at_a_town_named_prison": (
        "Mark Ellwood, the union's branch secretary at HMP Leeds, said staff were tired.",
        {"Mark Ellwood": ["Branch Secretary"]},
    ),
    "chair_at_a_prison_of_two_words": (
        "Jan Foley, branch chair at HMP Full Sutton, said the wing was closed.",
        {"Jan Foley": ["Branch Chair"]},
    ),
    # near miss: a place tail that is no prison keeps the old reading
    "a_place_tail": (
        "Sam Cole, branch secretary in Leeds, said staff were tired.",
        {"Sam Cole": ["Branch Secretary"]},
    ),
}


@pytest.mark.parametrize(("text", "expected"), ROWS.values(), ids=list(ROWS))
def test_prison_title_tail(nlp: Language, text: str, expected: dict[str, list[str]]) -> None:
    doc = nlp(text)
    people = {i.name: i.titles for i in doc._.entity_info.values() if i.type == "PERSON"}
    assert people == expected
