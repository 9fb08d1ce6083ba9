"""A person named by a lower-case title and a given name alone keeps the words that lead
the title, as a full name does (rule ``rank_surname`` reading the owner words and the rule
``sentence_led_portfolio``): "Cadet leader Jo said" → "Cadet Leader". Sentences invented;
the near misses keep a title with no words before it, or an article before them."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

ROWS = [
    pytest.param(
        'Cadet leader Jo, a volunteer who runs the Crewe unit, said: "They grow up fast."',
        "Jo",
        ["Cadet Leader"],
        id="cadet-leader-given-name",
    ),
    pytest.param(
        'Youth leader Sam said: "The club is full every week."',
        "Sam",
        ["Youth Leader"],
        id="youth-leader-given-name",
    ),
    pytest.param(
        "Scheme coordinator Priya said the group met every month.",
        "Priya",
        ["Scheme Coordinator"],
        id="scheme-coordinator-reported",
    ),
    pytest.param(
        "Domestic abuse lead Smith said the checks were done.",
        "Smith",
        ["Domestic Abuse Lead"],
        id="two-word-portfolio-family-name",
    ),
    # near misses: no words before the title; an article before them
    pytest.param(
        "DI Smith said the checks were done.", "Smith", ["Detective Inspector"], id="rank"
    ),
    pytest.param(
        'The cadet leader Jo said: "They grow up fast."', "Jo", ["Leader"], id="article-before"
    ),
]


@pytest.mark.parametrize(("text", "name", "titles"), ROWS)
def test_ranked_given_name_portfolio(
    nlp: Language, text: str, name: str, titles: list[str]
) -> None:
    assert people(nlp, text)[name].titles == titles
