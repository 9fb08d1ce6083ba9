"""A bracket after a person's name that is no part of it (rule ``name_bracket``,
``title_words.NAME_BRACKET``): a councillor's party, with or without the ward ("Cllr Ann
Lee (Lab, Riverside), the council's cabinet member for communities, said"), stands where
a photo marker ("(pictured)") may, and the appositive title after it is the person's; a
person named with a party alone is a person. Sentences invented; near misses: a bracket
that is no party, and a party word in a bracket after no name."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

CASES: list[tuple[str, str, list[str]]] = [
    (
        "Cllr Nadia Shah (Lab, Greenfield and Moss), Oldham Council's cabinet member for "
        "communities, welcomed the funding.",
        "Nadia Shah",
        ["Cabinet Member for Communities", "Councillor"],
    ),
    (
        "Cllr Ann Lee (Con), the council's cabinet member for safety, welcomed the plan.",
        "Ann Lee",
        ["Cabinet Member for Safety", "Councillor"],
    ),
    (
        "Councillor Tom Hale (Lib Dem, Westfield), chair of the licensing committee, said "
        "the decision was right.",
        "Tom Hale",
        ["Chair", "Councillor"],
    ),
    (
        "Jo Bell (pictured), the charity's chief executive, welcomed the funding.",
        "Jo Bell",
        ["Chief Executive"],
    ),
    ("Ann Lee (Green) said the plan was flawed.", "Ann Lee", []),
]


@pytest.mark.parametrize(("text", "name", "titles"), CASES)
def test_name_bracket(nlp: Language, text: str, name: str, titles: list[str]) -> None:
    assert sorted(people(nlp, text)[name].titles) == titles


@pytest.mark.parametrize(
    "text",
    [
        "The scheme (Labour's flagship policy) cost the council £2m.",
        "Ann Lee (a mother of three), said the plan was flawed.",
    ],
)
def test_no_party_bracket_title(nlp: Language, text: str) -> None:
    assert all(not info.titles for info in people(nlp, text).values())
