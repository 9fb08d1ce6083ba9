"""Rule ``body_word_owner``: a body's short name opening the sentence before a lower-case
title ("Federation secretary Kim Ashby", "Association president Neil Hoyle") is the owner
named before, no part of the title; a unit word ("Branch Commander") stays a function.
Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import titles_of

ROWS = [
    pytest.param(
        "The North Yorkshire Police Federation wrote to the force. Federation secretary Kim "
        'Ashby said: "We need answers."',
        "Kim Ashby",
        ["Secretary"],
        id="federation-secretary",
    ),
    pytest.param(
        "Gwent Police Federation has raised concerns about rest days. Federation chair Owen "
        'Pryce said: "Officers are tired."',
        "Owen Pryce",
        ["Chair"],
        id="federation-chair",
    ),
    pytest.param(
        "The Police Superintendents' Association met on Monday. Association president Neil "
        'Hoyle said: "We need more inspectors."',
        "Neil Hoyle",
        ["President"],
        id="association-president",
    ),
    # near miss: a unit word alone is a function, kept in the title
    pytest.param(
        'Surrey Police opened a new base. Branch Commander Jo Bell said: "It is a good day."',
        "Jo Bell",
        ["Branch Commander"],
        id="unit-word-stays",
    ),
]


@pytest.mark.parametrize(("text", "name", "titles"), ROWS)
def test_body_word_owner(nlp: Language, text: str, name: str, titles: list[str]) -> None:
    assert titles_of(nlp, text, name) == titles
