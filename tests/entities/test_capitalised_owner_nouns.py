"""A capitalised "The Federation's", "The Association's" before a title points back to the
organisation named before (as "the force's" does), so the noun is no portfolio of the title.
Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

ROWS = [
    pytest.param(
        "The Police Federation of England and Wales wants a pay rise.\n\n"
        "The Federation's general secretary, Ruth Cole, said: “Officers are leaving.”",
        ("Ruth Cole", "General Secretary", "org:police-federation-of-england-and-wales"),
        id="federation",
    ),
    pytest.param(
        "The Local Government Association warned of cuts.\n\n"
        "The Association's chief executive, Omar Hale, said: “Councils are stretched.”",
        ("Omar Hale", "Chief Executive", "org:local-government-association"),
        id="association",
    ),
    pytest.param(
        "The Safer Essex Roads Partnership bought two vans.\n\n"
        "The Partnership's senior manager, Lee Price, said: “They will help.”",
        ("Lee Price", "Senior Manager", "org:safer-essex-roads-partnership"),
        id="partnership",
    ),
    # a capitalised owner noun before a capitalised title, after the name or before it
    pytest.param(
        "The Youth Justice Board met today.\n\n"
        "Ross Hale, the Board's Vice Chair, said: “Custody must be the last resort.”",
        ("Ross Hale", "Vice Chair", "org:youth-justice-board"),
        id="board-vice-chair-after-name",
    ),
    pytest.param(
        "The Police Federation of England and Wales wants a pay rise.\n\n"
        "“Officers are leaving,” said the Federation's General Secretary, Ruth Cole.",
        ("Ruth Cole", "General Secretary", "org:police-federation-of-england-and-wales"),
        id="federation-capitalised-title",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_capitalised_owner_noun_points_back(
    nlp: Language, text: str, expected: tuple[str, str, str | None]
) -> None:
    name, title, organisation = expected
    found = people(nlp, text)
    assert [(r.title, r.organisation) for r in found[name].roles] == [(title, organisation)]


NEAR_MISSES = [
    # a portfolio word that is no owner noun stays in the title
    pytest.param(
        "Essex Police made 12 arrests.\n\nThe force's Roads Policing Manager, Ann Wyatt, said: "
        "“Slow down.”",
        ("Ann Wyatt", "Roads Policing Manager"),
        id="portfolio-kept",
    ),
    # a possessive that is no owner noun stays in a capitalised title
    pytest.param(
        "Jo Bell, Children's Services Manager, said: “We will help.”",
        ("Jo Bell", "Children's Services Manager"),
        id="client-group-kept",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEAR_MISSES)
def test_other_words_stay_in_the_title(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    name, title = expected
    assert title in [r.title for r in people(nlp, text)[name].roles]
