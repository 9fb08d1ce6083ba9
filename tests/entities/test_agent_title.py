""" "Agent" is a title head (``titles.jsonl``, id ``agent``): an insurer's or an estate
agency's agent before or after a name keeps the title, with its lower-case words
("NFU Mutual's senior agent in Malton, Jo Bell," → "Senior Agent"). Near misses: agents
as a plural subject ("Border Force agents seized …") give no one a title, and a name with
no title word keeps none. Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import role_titles

ROWS = [
    pytest.param(
        "NFU Mutual's senior agent in Ludlow, Carys Bevan, said two trailers had been stolen.",
        "Carys Bevan",
        ["Senior Agent"],
        id="possessive-owner-with-place",
    ),
    pytest.param(
        'The NFU Mutual agent in Bakewell, Owen Tate, said: "Lock your yards."',
        "Owen Tate",
        ["Agent"],
        id="owner-before-agent",
    ),
    pytest.param(
        "Estate agent Marcus Lyle said the barn had been empty for months.",
        "Marcus Lyle",
        ["Estate Agent"],
        id="before-the-name",
    ),
    # near misses: a plural subject, and a person with no title word
    pytest.param(
        "Border Force agents stopped 12 lorries, said Inspector Nia Price.",
        "Nia Price",
        ["Inspector"],
        id="plural-agents-no-title",
    ),
    pytest.param(
        "Gwen Harries, whose quad bike was taken, said the yard is now locked.",
        "Gwen Harries",
        [],
        id="no-agent",
    ),
]


@pytest.mark.parametrize(("text", "name", "expected"), ROWS)
def test_agent_title(nlp: Language, text: str, name: str, expected: list[str]) -> None:
    assert role_titles(nlp, text, name) == expected
