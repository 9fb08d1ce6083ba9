"""A post stated in a relative clause after a name, with "now" or after another clause of
the person's past ("who is now a youth worker", "who went through the programme and is now
a peer educator for the trust"), is the person's title (cleaning step ``relative_clause``,
``title_cleaning._RELATIVE_IS``); "educator" is a portfolio head (``PORTFOLIO_WORDS``,
``titles.jsonl`` id ``educator``). Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

CASES: list[tuple[str, dict[str, list[str]]]] = [
    (
        '"It changed me," said Leon Harris, who is now a youth worker in Brixton.',
        {"Leon Harris": ["Youth Worker"]},
    ),
    (
        '"It changed me," said Leon Harris, who went through the scheme at 15 and is now a '
        "peer educator for the charity.",
        {"Leon Harris": ["Peer Educator"]},
    ),
    (
        '"We listen," said Amy Cole, who joined Kent Police in 2009 and is now its head of '
        "public protection.",
        {"Amy Cole": ["Head of Public Protection"]},
    ),
    (
        'Priya Shah, a health educator at the trust, said: "Every session counts."',
        {"Priya Shah": ["Health Educator"]},
    ),
    # near misses: the clause states no post
    (
        '"It changed me," said Amy Cole, who was stabbed in 2019 and is now recovering at home.',
        {"Amy Cole": []},
    ),
    (
        '"It changed me," said Leon Harris, who is now back at school in Leeds.',
        {"Leon Harris": []},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_relative_post_titles(nlp: Language, text: str, expected: dict[str, list[str]]) -> None:
    found = people(nlp, text)
    assert {name: info.titles for name, info in found.items()} == expected
