"""A holiday named with "last/this year" or "last/this month" after it is that year's or
that month's holiday (``named_day``; sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import dated_phrases


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Over the Easter weekend last month, Kent Police made 63 arrests.",
            dt.date(2027, 4, 20),  # Easter 2027 is 28 March: Good Friday in March
            [("Over the Easter weekend last month", "2027-03-26", "2027-03-29")],
        ),
        (
            "Over the Easter bank holiday weekend last year, crews went to 410 calls.",
            dt.date(2025, 9, 1),
            [("Over the Easter bank holiday weekend last year", "2024-03-29", "2024-04-01")],
        ),
        (
            "On Boxing Day last year, 95 drivers were stopped in Essex.",
            dt.date(2025, 6, 3),
            [("On Boxing Day last year", "2024-12-26", "2024-12-26")],
        ),
        (
            "On New Year's Day this year, the control room took 1,210 calls.",
            dt.date(2025, 3, 2),
            [("On New Year's Day this year", "2025-01-01", "2025-01-01")],
        ),
        (
            "On Christmas Eve last month, officers in Hull made 22 arrests.",
            dt.date(2025, 1, 14),
            [("On Christmas Eve last month", "2024-12-24", "2024-12-24")],
        ),
    ],
)
def test_holiday_with_a_relative_year_or_month(
    text: str, published: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    assert dated_phrases(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # the holiday does not fall in the month named: undated, not either alone
            "On Christmas Day last month, 40 calls came in.",
            dt.date(2025, 6, 3),
            [],
        ),
        (  # "last year's" is a possessive: the holiday alone, the latest begun by P
            "On Boxing Day last year's figures were beaten.",
            dt.date(2025, 6, 3),
            [("On Boxing Day", "2024-12-26", "2024-12-26")],
        ),
    ],
)
def test_holiday_near_misses(
    text: str, published: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    assert dated_phrases(text, published)[: len(expected) or None] == expected
