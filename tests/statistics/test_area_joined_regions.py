"""A region an organisation names by a place joined with "&" to another word before
"region" is worded whole (sub-area rule ``joined-region``): "Network Rail's North West &
Central region" is that region, not the North West. Every sentence is invented for the
test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Cable theft disrupted 900 trains in Network Rail's Wales & Western region last year.",
        [(900.0, "Wales & Western")],
        id="wales-and-western",
    ),
    pytest.param(
        "There were 44 thefts in the North West & Central region in 2024.",
        [(44.0, "North West & Central")],
        id="north-west-and-central",
    ),
    pytest.param(
        "The East Midlands region recorded 19 thefts, while the North West & Central Region "
        "had 27.",
        [(19.0, "East Midlands"), (27.0, "North West & Central")],
        id="beside-a-plain-region",
    ),
    # near misses: places joined with "&" and no "region" after them are a list of places
    pytest.param(
        "Officers in Kent & Essex made 40 arrests.", [(40.0, "Kent and Essex")], id="two-counties"
    ),
    pytest.param(
        "In Bristol & Bath, 14 people were injured.", [(14.0, "Bristol and Bath")], id="two-cities"
    ),
    pytest.param(
        "Trespass in the North West rose by 12% last year.", [(12.0, "North West")], id="alone"
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_joined_region_is_worded_whole(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected
