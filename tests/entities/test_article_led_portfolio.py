"""A lower-case title after the "The" opening a sentence, its owner after it and a comma
before the name ("The rural affairs specialist at NFU Mutual, Jo Bell, said") keeps its
portfolio words (rule ``article_led_portfolio`` of ``title_context``), as after an owner's
possessive; "Specialist" is a title head (``titles.jsonl``), and "Specialist Prosecutor" one
title, not two. Near misses: a "the" inside a
sentence, a possessive after "The", tenure words. Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import role_titles

ROWS = [
    pytest.param(
        'The rural affairs specialist at NFU Mutual, Hannah Kettlewell, said: "We are here."',
        "Hannah Kettlewell",
        ["Rural Affairs Specialist"],
        id="specialist-at-owner",
    ),
    pytest.param(
        'Figures rose. The policy manager at Age UK, Tom Reed, said: "It is a worry."',
        "Tom Reed",
        ["Policy Manager"],
        id="manager-after-a-sentence",
    ),
    pytest.param(
        'The new training officer at the Countryside Alliance, Amy Holt, said: "Join us."',
        "Amy Holt",
        ["Training Officer"],
        id="tenure-word-dropped",
    ),
    pytest.param(
        "Farmers were warned. The senior investigating officer, Detective Inspector Jo Bell, "
        'said: "Call us."',
        "Jo Bell",
        ["Detective Inspector", "Senior Investigating Officer"],
        id="before-a-rank",
    ),
    pytest.param(
        'Policy specialist Kate Lowe said: "We are ready."',
        "Kate Lowe",
        ["Policy Specialist"],
        id="specialist-before-the-name",
    ),
    pytest.param(
        'Specialist prosecutor Dan Moss, of the CPS, said: "The jury agreed."',
        "Dan Moss",
        ["Specialist Prosecutor"],
        id="specialist-prosecutor-one-title",
    ),
    # near misses
    pytest.param(
        'A report was published and the policy manager at Age UK, Tom Reed, said: "It is a worry."',
        "Tom Reed",
        ["Manager"],
        id="a-the-inside-the-sentence",
    ),
    pytest.param(
        'The charity secretary, Jo Platt, said: "We are grateful."',
        "Jo Platt",
        ["Secretary"],
        id="a-body-noun-is-the-owner",
    ),
    pytest.param(
        'The charity\'s policy specialist, Hannah Kettlewell, said: "We are here."',
        "Hannah Kettlewell",
        ["Policy Specialist"],
        id="possessive-owner-not-kept",
    ),
]


@pytest.mark.parametrize(("text", "name", "expected"), ROWS)
def test_article_led_portfolio(nlp: Language, text: str, name: str, expected: list[str]) -> None:
    assert role_titles(nlp, text, name) == expected
