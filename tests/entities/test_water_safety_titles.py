"""Water-safety people and bodies: "supervisor" is a portfolio word (entry ``supervisor``
of ``title_cleaning.PORTFOLIO_WORDS``: "senior lifeguard supervisor at Perranporth");
fire and rescue ranks are ranks of ``resources/titles.jsonl`` (entries ``area-manager``,
``crew-manager``, ``station-manager``; not "Watch Manager", which "Neighbourhood Watch
manager" would hold, nor "Group Manager"), so a
possessive portfolio before one is read as before a police rank ("The service's water
safety lead, Station Manager Jo Bell"); Water Safety Scotland and Water Safety Wales are
ORG entries of ``resources/organisations.jsonl``. Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import titles_of

ROWS = [
    pytest.param(
        '"The tide came in fast," said Ffion Rees, senior lifeguard supervisor at Tenby.',
        "Ffion Rees",
        ["Senior Lifeguard Supervisor"],
        id="supervisor-after-said-name",
    ),
    pytest.param(
        'Sam Dyer, custody supervisor at Kent Police, said: "It was a long night."',
        "Sam Dyer",
        ["Custody Supervisor"],
        id="supervisor-name-first",
    ),
    pytest.param(
        "Devon and Somerset Fire and Rescue Service's water safety lead, Area Manager Ian "
        "Toms, said crews had been busy.",
        "Ian Toms",
        ["Area Manager", "Water Safety Lead"],
        id="possessive-portfolio-before-a-fire-rank",
    ),
    pytest.param(
        "The service's head of prevention, Crew Manager Lucy Penn, said crews were ready.",
        "Lucy Penn",
        ["Crew Manager", "Head of Prevention"],
        id="possessive-head-before-a-fire-rank",
    ),
    pytest.param(
        'Station Manager Kit Alder said: "Stay out of the quarry."',
        "Kit Alder",
        ["Station Manager"],
        id="fire-rank-alone",
    ),
    # near misses: a Neighbourhood Watch manager is no fire rank; a supervisor the person
    # has is no title of theirs
    pytest.param(
        'Ann Hope, Neighbourhood Watch manager in Selby, said: "Lock your sheds."',
        "Ann Hope",
        ["Manager"],
        id="neighbourhood-watch-manager",
    ),
    pytest.param(
        '"It was busy," said Ffion Rees, whose supervisor at the beach called for help.',
        "Ffion Rees",
        [],
        id="someone-elses-supervisor",
    ),
]


@pytest.mark.parametrize(("text", "name", "expected"), ROWS)
def test_water_safety_titles(nlp: Language, text: str, name: str, expected: list[str]) -> None:
    assert titles_of(nlp, text, name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Figures from Water Safety Scotland show 38 deaths.", ["org:water-safety-scotland"]),
        ("Water Safety Wales said 21 people drowned.", ["org:water-safety-wales"]),
        # near miss: the words in lower case name no body
        ("Water safety is a life skill, the charity said.", []),
    ],
)
def test_water_safety_forums(nlp: Language, text: str, expected: list[str]) -> None:
    assert sorted(k for k in nlp(text)._.entity_info if k.startswith("org:")) == expected
