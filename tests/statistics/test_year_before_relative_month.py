""" "a year earlier" after a month said with its relative year that is the figure's own
period ("had 3,174 officers in March last year, 2% more than a year earlier") counts back
from that month, not from the period stated before it or from P's year. A yardstick month
("up from 81% in October last year") is not counted back from. Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 5, 21)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kent Police had 3,900 officers in June last year, 4% more than a year earlier.",
            {3900: ("2024-06-01", "2024-06-30"), 4: ("2023-06-01", "2024-06-30")},
            id="month-last-year-then-a-year-earlier",
        ),
        pytest.param(
            "The budget for 2025/26 pays for 40 officers.\n\nThe force had 2,100 PCSOs in "
            "February last year, 6% fewer than a year before.",
            {
                40: ("2025-04-01", "2026-03-31"),
                2100: ("2024-02-01", "2024-02-29"),
                6: ("2023-02-01", "2024-02-29"),
            },
            id="not-from-the-period-stated-before",
        ),
        # near miss: a yardstick month is no span to count back from (the 79 counts back
        # from the figure's own month, as before the rule)
        pytest.param(
            "The force answered 88% of calls in March, up from 81% in March last year and 79% "
            "a year earlier.",
            {
                88: ("2025-03-01", "2025-03-31"),
                81: ("2024-03-01", "2024-03-31"),
                79: ("2024-03-01", "2024-03-31"),
            },
            id="yardstick-month-not-counted-back-from",
        ),
    ],
)
def test_a_year_before_a_relative_month(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    found = periods_of(nlp, text, P)
    assert {value: found.get(value) for value in expected} == expected
