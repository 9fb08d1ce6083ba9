"""A title that leads a body named after its place ("chair of Safer Dunmore", "director of
Visit Kent") is the title alone, not a "Chair of Safer" for the place (rule
``place_named_body`` in :mod:`pressfacts.entities.title_tails`). Sentences invented; near
misses are a place after "of" and a portfolio led by "head"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

ROWS = [
    pytest.param(
        "Councillor Amy Hart, chair of Safer Cornwall, said the review was important.",
        "Amy Hart",
        ["Councillor", "Chair"],
        id="chair-of-place-named-body",
    ),
    pytest.param(
        "Tom Reed, director of Visit Kent, said the figures were good.",
        "Tom Reed",
        ["Director"],
        id="director-of-place-named-body",
    ),
    # rule vision_portfolio: "for a", a comparative, then the place is the portfolio's name
    pytest.param(
        "Councillor Sian Lloyd, the council's cabinet member for a greener Cardiff, said "
        "the bins would change.",
        "Sian Lloyd",
        ["Councillor", "Cabinet Member for a Greener Cardiff"],
        id="cabinet-member-for-a-greener-place",
    ),
    pytest.param(
        "Dan Moss, lead member for a safer Stockport, said the scheme had worked.",
        "Dan Moss",
        ["Lead Member for a Safer Stockport"],
        id="lead-member-for-a-safer-place",
    ),
    pytest.param(  # near miss: no "a" before the adjective: the place is the area
        "Dan Moss, cabinet member for safer communities in Stockport, said so.",
        "Dan Moss",
        ["Cabinet Member for Safer Communities"],
        id="portfolio-then-place",
    ),
    # near misses: a place modifier and a place after "of"; a portfolio led by "head"
    pytest.param(
        "Amy Hart, chair of North Yorkshire, said so.",
        "Amy Hart",
        ["Chair"],
        id="chair-of-place",
    ),
    pytest.param(
        "Amy Hart, head of Crime Cornwall, said so.",
        "Amy Hart",
        ["Head of Crime"],
        id="head-portfolio-kept",
    ),
]


@pytest.mark.parametrize(("text", "name", "titles"), ROWS)
def test_place_named_body_titles(nlp: Language, text: str, name: str, titles: list[str]) -> None:
    """The titles of the person named."""
    assert sorted(people(nlp, text)[name].titles) == sorted(titles)
