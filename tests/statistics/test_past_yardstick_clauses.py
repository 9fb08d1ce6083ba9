"""Rule ``past-yardstick-clause`` (``figure_areas._clause``): once a sentence has turned to
a yardstick, a figure in a later clause (after ", while", ", and") does not take a place
named in the yardstick's words. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "In Cumbria, 84% of 999 calls were answered in time, below the 90% standard for "
        "forces in England and Wales, while 212 calls were abandoned.",
        [(84.0, "Cumbria"), (90.0, "England and Wales"), (212.0, "Cumbria")],
        id="while-after-a-standard",
    ),
    pytest.param(
        "The rate in Essex was 14%, against 11% in Kent, while arrests rose by 9%.",
        [(14.0, "Essex"), (11.0, "Kent"), (9.0, "Essex")],
        id="while-after-against",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_clause_past_a_yardstick_does_not_take_its_place(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected


NEAR_MISSES = [
    pytest.param(
        "The rate in Essex was 14%, compared with 11% in Kent.",
        [(14.0, "Essex"), (11.0, "Kent")],
        id="the-yardstick-s-own-figure",
    ),
    pytest.param(
        "Police in Essex recorded 40 thefts, while Kent recorded 12.",
        [(40.0, "Essex"), (12.0, "Kent")],
        id="a-clause-with-its-own-place",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEAR_MISSES)
def test_yardstick_and_own_clause_places_stay(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected
