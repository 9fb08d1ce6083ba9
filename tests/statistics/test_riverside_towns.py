"""Riverside towns and villages named alone in flood, storm and doorstep crime releases are
places (``places.txt``) within their county or force area (``place_within.txt``): a figure
in one takes it as its area, and "the county" after a list of them takes the county they
share. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "West Mercia Police said 12 homes were visited. In Bewdley, volunteers filled "
        "300 sandbags.",
        [(12, "West Mercia"), (300, "Bewdley")],
        id="a-town-named-alone",
    ),
    pytest.param(
        "Devon and Cornwall Police said a woman in Topsham was charged £8,000 for a new roof.",
        [(8000, "Topsham")],
        id="a-village-in-a-sentence-of-a-force",
    ),
    pytest.param(
        "Derbyshire Constabulary will put up 30 signs in Buxton, Whaley Bridge and Glossop. "
        "The county already has 250 zones.",
        [(30, "Buxton, Whaley Bridge and Glossop"), (250, "Derbyshire")],
        id="the-county-after-a-list",
    ),
    # near miss: a town no list holds keeps the issuing force's area
    pytest.param(
        "Devon and Cornwall Police said a man in Clyst St Mary was charged £9,000.",
        [(9000, "Devon and Cornwall")],
        id="an-unlisted-village",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_riverside_towns(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected
