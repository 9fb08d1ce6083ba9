"""A count restated as a rate right after it takes that count's period
(``rate_periods.RESTATED_RATE_RULES``, rule ``restated_rate_period``): "Thefts fell by 8% in
2024 compared with 2023, to 730, the equivalent of 2 a day" dates the 2 a day to 2024, as
the 730, where it had taken the yardstick's year 2023 its clause names last. Every sentence
is invented; the near miss is a rate of another unit (not a restatement of the count)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.rate_periods import RESTATED_RATE_RULES
from tests.statistics.conftest import UnitPeriodsOf

PUBLISHED = dt.date(2025, 10, 15)
YEAR_2024 = ("2024-01-01", "2024-12-31")
YEAR_2023 = ("2023-01-01", "2023-12-31")
BOTH = ("2023-01-01", "2024-12-31")

ROWS = [
    pytest.param(
        "Thefts from shops fell by 8% in 2024 compared with 2023, to 730, the equivalent of 2 "
        "a day.",
        [(8.0, "percent", BOTH), (730.0, "thefts", YEAR_2024), (2.0, "thefts", YEAR_2024)],
        id="the-equivalent-of",
    ),
    pytest.param(
        "Calls to the line rose by 12% in 2024 compared with 2023, to 1,460 calls, or about 4 "
        "a day.",
        [(12.0, "percent", BOTH), (1460.0, "calls", YEAR_2024), (4.0, "calls", YEAR_2024)],
        id="count-noun-then-or-about",
    ),
    pytest.param(
        "Reports of missing children rose by 9% in 2024 compared with 2023, to 4,730 – an "
        "average of almost 13 a day.",
        [(9.0, "percent", BOTH), (4730.0, "reports", YEAR_2024), (13.0, "reports", YEAR_2024)],
        id="dash-an-average-of-almost",
    ),
    # near miss: a rate of another unit restates nothing; it keeps the period it had
    pytest.param(
        "Thefts from shops fell by 8% in 2024 compared with 2023, to 730 – an average of 14 "
        "arrests a week.",
        [(8.0, "percent", BOTH), (730.0, "thefts", YEAR_2024), (14.0, "arrests", YEAR_2023)],
        id="another-unit",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_restated_rate_period(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert unit_periods_of(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        (" – an average of almost ", True),
        (" calls, or about ", True),
        (", the equivalent of ", True),
        (" reports in 2024, or ", False),  # a period between: the rate's own clause dates it
        (" and officers made ", False),  # a clause of its own
    ],
)
def test_restated_rate_between(between: str, expected: bool) -> None:
    rule = RESTATED_RATE_RULES[0]
    assert (rule.between.fullmatch(between) is not None) == expected
