"""Lifeboat crews' posts are job titles before a name (entry ``coxswain`` of
``resources/titles.jsonl``; "lifeboat operations manager" was read already, as an
Operations Manager with its portfolio). Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import titles_of

ROWS = [
    pytest.param(
        'Coxswain Aled Morgan said: "The sea got up very quickly."',
        "Aled Morgan",
        ["Coxswain"],
        id="coxswain-before-name",
    ),
    pytest.param(
        "Lifeboat operations manager Keith Dunmore paged the crew at 2am.",
        "Keith Dunmore",
        ["Lifeboat Operations Manager"],
        id="lifeboat-operations-manager",
    ),
    # near miss: a coxswain named as someone else's, not a post of the person named
    pytest.param(
        'Megan Price said: "I waved until the coxswain saw me."',
        "Megan Price",
        [],
        id="the-coxswain-in-a-quote",
    ),
]


@pytest.mark.parametrize(("text", "name", "expected"), ROWS)
def test_lifeboat_titles(nlp: Language, text: str, name: str, expected: list[str]) -> None:
    assert titles_of(nlp, text, name) == expected
