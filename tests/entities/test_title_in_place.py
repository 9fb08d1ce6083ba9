"""A title with the place it serves after "in", then a comma and the name ("The charity's
director in Wales, Jo Bell, said"): the person rule ``title_comma_name`` reads the title,
the place is the role's area; a month after "in" is no place. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

ROWS = [
    pytest.param(
        "The charity's director in Wales, Mark Reid, said: “Families need help.”",
        ("Mark Reid", "Director", "Wales"),
        id="director-in-wales",
    ),
    pytest.param(
        "Barnardo's director in Northern Ireland, Orla Kane, said: “Families need help.”",
        ("Orla Kane", "Director", "Northern Ireland"),
        id="director-in-northern-ireland",
    ),
    pytest.param(
        "The force's head of crime in Cardiff, Dan Price, said: “Families need help.”",
        ("Dan Price", "Head of Crime", "Cardiff"),
        id="head-of-crime-in-city",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_title_in_place_then_name(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    name, title, area = expected
    assert [(r.title, r.area) for r in people(nlp, text)[name].roles] == [(title, area)]


NEAR_MISSES = [
    pytest.param("The chairman in July, Mark Reid, said: “It is over.”", "Mark Reid", id="month"),
    pytest.param("Crime in Cardiff, Dan Price, said: “It fell.”", "Dan Price", id="no-title"),
]


@pytest.mark.parametrize(("text", "name"), NEAR_MISSES)
def test_no_title_from_a_month_or_a_plain_noun(nlp: Language, text: str, name: str) -> None:
    assert people(nlp, text)[name].titles == []
