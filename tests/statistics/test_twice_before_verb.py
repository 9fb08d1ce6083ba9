"""A "twice" right before a verb in the past is how often it was done, not a multiple
(exclusion ``twice-before-verb``, ``thresholds.TWICE_BEFORE_VERB``): "he twice damaged her
car". Near misses keep "twice" as a figure when a yardstick, a comparison or a count
follows it. Every sentence is invented for the test."""

from __future__ import annotations

import pytest

from pressfacts.statistics.figures import candidate_figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "He shouted at her on 12 occasions and twice damaged her car.", [12], id="damaged"
        ),
        pytest.param("The man was twice arrested for drink-driving.", [], id="passive"),
        pytest.param("She has twice broken her bail conditions.", [], id="irregular"),
        pytest.param("The shop in Hove was twice targeted by the gang.", [], id="targeted"),
        pytest.param("The pair twice stole from the same pharmacy in 2024.", [], id="stole"),
        # near misses: a yardstick, a comparison or a count after "twice" is still a multiple
        pytest.param("Thefts in Crawley were twice the county rate.", [2], id="yardstick"),
        pytest.param("The unit now has twice as many detectives.", [2], id="as-many"),
        pytest.param("Reports were twice higher than in 2023.", [2], id="higher-than"),
        pytest.param("Burglaries twice exceeded 400 a month.", [400], id="verb-then-count"),
    ],
)
def test_twice_before_a_verb(text: str, expected: list[float]) -> None:
    assert [value for _, _, value, _, _ in candidate_figures(text)] == expected
