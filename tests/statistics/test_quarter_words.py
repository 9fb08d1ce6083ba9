"""A quarter written as "quarter" and its number ("quarter two", "quarter 1") is a quarter
of the year stated after it: a calendar year (rule ``quarter``) or a financial year (rule
``fiscal_quarter``, April to March), and the quarter a later "previous quarter" counts back
from (``_LAST_ORDINAL``). A bare "quarter one" with no year stays undated: whether it is a
calendar or a financial quarter is not said. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from pressfacts.statistics.periods import find_periods

P = dt.date(2025, 11, 10)

CASES: list[tuple[str, list[tuple[str, str]]]] = [
    ("In quarter two of 2025/26 the force made 40 arrests", [("2025-07-01", "2025-09-30")]),
    ("In quarter 1 of 2025-26 the force made 40 arrests", [("2025-04-01", "2025-06-30")]),
    ("In quarter three of 2024 the force made 40 arrests", [("2024-07-01", "2024-09-30")]),
    ("In quarter one 2024 the force made 40 arrests", [("2024-01-01", "2024-03-31")]),
    (
        "In quarter two of 2025/26 there were 40 arrests, up 5% on the previous quarter",
        [("2025-07-01", "2025-09-30"), ("2025-04-01", "2025-06-30")],
    ),
    # near misses: no year stated, and a quarter number that is no quarter's
    ("Satisfaction was 76% in quarter one", []),
    ("The quarter two hundred people attended was busy", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_numbered_quarter_of_a_year(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(p.start.isoformat(), p.end.isoformat()) for p in find_periods(text, P)]
    assert found == expected
