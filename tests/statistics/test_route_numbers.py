"""The exclusions ``route-number-list`` and ``route-number-named`` (:mod:`.route_numbers`):
a bus or tram route named by its number ("the 4, 16 and 49 routes", "the 36 route", "a
49 bus") is no count; a count of routes ("runs 49 routes", "the 12 routes it runs") still
is. Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Wardens rode the 7, 22 and 58 routes on Friday nights, making 35 interventions.",
        [35.0],
        id="list-of-routes",
    ),
    pytest.param(
        "Complaints on the X12 and 40 services fell to 61 in June.", [61.0], id="lettered-pair"
    ),
    pytest.param("Drivers on the 1A or 1B buses reported 18 assaults.", [18.0], id="or-buses"),
    pytest.param("Reports on the 36 route rose to 140 in May.", [140.0], id="one-route-singular"),
    pytest.param("Fights on the 11 bus service doubled last year.", [2.0], id="bus-service"),
    pytest.param("Officers boarded a 94 bus and arrested three boys.", [3.0], id="a-number-bus"),
    pytest.param("The 4 tram route had 23 incidents.", [23.0], id="tram-route"),
    # near misses: counts of routes stay counts
    pytest.param(
        "The operator runs 49 routes and 16 services in the city.",
        [49.0, 16.0],
        id="near-miss-counted-routes",
    ),
    pytest.param("It cut the 12 routes it ran at night.", [12.0], id="near-miss-the-one-count"),
    pytest.param("Patrols covered 30 bus routes.", [30.0], id="near-miss-no-determiner"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_route_number_is_no_count(
    nlp: Language, areas: AreasOf, text: str, expected: list[float]
) -> None:
    assert [value for value, _ in areas(nlp, text)] == expected
