""" "twice" right before the span it happened in is how often it was done, no multiple
(``twice-how-often``, rule ``twice_in_span`` of ``thresholds.TWICE_HOW_OFTEN``): "had to
close the runway twice this year". Near misses keep "twice" a figure when a yardstick's
possessive or a comparison follows it. Every sentence is invented for the test."""

from __future__ import annotations

import pytest

from pressfacts.statistics.figures import candidate_figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("“We had to close the runway twice this year,” she said.", [], id="this-year"),
        pytest.param("Crews were sent to the same barn twice in March.", [], id="in-a-month"),
        pytest.param(
            "Thieves hit the corner shop in Rhyl twice in a single week.", [], id="a-week"
        ),
        pytest.param("Officers visited the flat twice during the summer.", [], id="during"),
        pytest.param("He breached the order twice in 2025 and was recalled.", [], id="in-a-year"),
        # near misses: a yardstick's possessive, a comparison: still a multiple
        pytest.param("Thefts in Hull were twice last year's level.", [2], id="possessive"),
        pytest.param("Arrests rose twice as fast in 2025.", [2], id="as-fast"),
        pytest.param("Calls were twice the level of May.", [2], id="the-level"),
    ],
)
def test_twice_before_its_span(text: str, expected: list[float]) -> None:
    assert [value for _, _, value, _, _ in candidate_figures(text)] == expected
