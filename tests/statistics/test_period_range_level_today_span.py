"""The level a "from X <span> to" reaches "today" or "now" is the release's day's, whatever
the span of the level it grew from (a season, a month, a quarter; rule
``range_level_today_span`` of ``range_level``). Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 10, 7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The shopwatch radio scheme in Kendal has grown from 24 members in the spring of "
            "2025 to 71 today.",
            {24: ("2025-03-01", "2025-05-31"), 71: ("2026-10-07", "2026-10-07")},
            id="season-today",
        ),
        pytest.param(
            "The number of pubs in the Exeter scheme has risen from 18 in March 2025 to 46 now.",
            {18: ("2025-03-01", "2025-03-31"), 46: ("2026-10-07", "2026-10-07")},
            id="month-now",
        ),
        pytest.param(
            "The business crime partnership in Ipswich has grown from 55 retailers in the "
            "autumn of 2024 to 80 today.",
            {55: ("2024-09-01", "2024-11-30"), 80: ("2026-10-07", "2026-10-07")},
            id="autumn-today",
        ),
        # near misses: no "today" (the level's own span); a year (already the day, as ever)
        pytest.param(
            "Thefts in Kendal rose from 24 in the spring of 2025 to 71 in the autumn of 2025.",
            {24: ("2025-03-01", "2025-05-31"), 71: ("2025-09-01", "2025-11-30")},
            id="near-miss-span-of-its-own",
        ),
        pytest.param(
            "The Exeter scheme has grown from 18 pubs in 2024 to 46 today.",
            {18: ("2024-01-01", "2024-12-31"), 46: ("2026-10-07", "2026-10-07")},
            id="near-miss-year",
        ),
    ],
)
def test_a_level_reached_today_from_a_span(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
