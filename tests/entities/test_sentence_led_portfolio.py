"""A lower-case job title opening its sentence after the words of its portfolio, the first
capitalised only as the sentence's, keeps them ("Firearms licensing manager Tom Reed" ->
"Firearms Licensing Manager": the rule ``sentence_led_portfolio`` of
:mod:`pressfacts.entities.title_context`). Every sentence is invented; near misses keep
the title alone or their own portfolio."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("Firearms licensing manager Tom Dunstan said the unit was busy.", "Tom Dunstan",
         ["Firearms Licensing Manager"]),
        ("Domestic abuse lead Sam Reid said the unit was busy.", "Sam Reid",
         ["Domestic Abuse Lead"]),
        ("Kent Police said the figures were clear. Crime prevention manager Jo Bell said the "
         "unit had 46 staff.", "Jo Bell", ["Crime Prevention Manager"]),
        ("Rural crime officer Amir Khan said thefts had fallen.", "Amir Khan",
         ["Rural Crime Officer"]),
        # near misses: an article, a time word, a join, a capitalised owner before the title
        ("The licensing manager Tom Gale said so.", "Tom Gale", ["Manager"]),
        ("Yesterday licensing manager Tom Beck said so.", "Tom Beck", ["Manager"]),
        ("Officers and manager Tom Hale went in.", "Tom Hale", ["Manager"]),
        ("Kent Police licensing manager Tom Drew said so.", "Tom Drew", ["Licensing Manager"]),
    ],
)  # fmt: skip
def test_sentence_led_portfolio(nlp: Language, text: str, name: str, titles: list[str]) -> None:
    assert people(nlp, text)[name].titles == titles
