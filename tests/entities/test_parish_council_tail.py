"""A title's tail pointing back at a parish council already named ("chair of the parish
council") is no part of the title, as "at the county council" is not
(``title_tails.ANAPHORIC_TAIL``, rule ``anaphoric_tail``). Every sentence is invented for
this test; the near misses keep a portfolio."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("Ruth Penney, chair of the parish council, said the verges were too narrow.",
         "Ruth Penney", ["Chair"]),
        ("Councillor Owen Lacey, chairman of the parish council, said the signs would go up.",
         "Owen Lacey", ["Chairman", "Councillor"]),
        ("Dev Anand, secretary of the parish council, said the bins were emptied.",
         "Dev Anand", ["Secretary"]),
        # near misses: a portfolio with no article, and a council named by its place
        ("Jon Reeve, head of parish services, said the hall was booked.",
         "Jon Reeve", ["Head of Parish Services"]),
        ("Sue Kerr, chair of Histon Parish Council, said the limit was too high.",
         "Sue Kerr", ["Chair"]),
    ],
)  # fmt: skip
def test_parish_council_tail(nlp: Language, text: str, name: str, titles: list[str]) -> None:
    assert sorted(role.title for role in people(nlp, text)[name].roles) == titles
