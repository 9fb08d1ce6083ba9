"""A level followed in its clause by a multiple of a yardstick period's count ("3,700
fireworks, more than twice as many as in October last year") is the count of the period
the yardstick is anchored to (``comparison-ahead`` in ``period_comparisons``), not the
yardstick's. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 20)


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        pytest.param(
            "Since 1 September, wardens in Derby have issued 420 fines, twice as many as in "
            "September last year.",
            420,
            ("2025-09-01", "2025-11-20"),
            id="twice-as-many",
        ),
        pytest.param(
            "Between 1 and 7 November, crews in Hull attended 96 fires, almost three times as "
            "many as in the same week last year.",
            96,
            ("2025-11-01", "2025-11-07"),
            id="three-times-as-many",
        ),
        # near miss: the yardstick's own count keeps the yardstick's period
        pytest.param(
            "Since 1 September, wardens in Derby have issued 420 fines, compared with 200 in "
            "September last year.",
            200,
            ("2024-09-01", "2024-09-30"),
            id="the-yardstick-s-count",
        ),
    ],
)
def test_a_level_before_a_multiple_of_the_yardstick(
    nlp: Language, periods_of: PeriodsOf, text: str, value: float, expected: object
) -> None:
    assert periods_of(nlp, text, P)[value] == expected
