"""A range of months with both years stated after "for" ("The figures, for April 2025 to
March 2026, show …") is one period, as it is after "in" or with no opener (rule
``month_range_years``, ``period_ranges.py``). Before, "for April 2025" was read alone and
"March 2026" as a second period. Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from pressfacts.statistics.periods import find_period_phrases

PUBLISHED = dt.date(2026, 7, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The figures, for April 2025 to March 2026, show 400 sessions.",
            [("for April 2025 to March 2026", "2025-04-01", "2026-03-31")],
        ),
        (
            "Data for June 2024 – May 2025 show 88 referrals.",
            [("for June 2024 – May 2025", "2024-06-01", "2025-05-31")],
        ),
        (
            "Totals for October 2023 until September 2024 were higher.",
            [("for October 2023 until September 2024", "2023-10-01", "2024-09-30")],
        ),
        # near misses: one month only; two levels, each with its own month
        (
            "Figures for April 2025 show 400 sessions.",
            [("for April 2025", "2025-04-01", "2025-04-30")],
        ),
        (
            "It rose from 31 for April 2025 to 40 for March 2026.",
            [
                ("for April 2025", "2025-04-01", "2025-04-30"),
                ("for March 2026", "2026-03-01", "2026-03-31"),
            ],
        ),
    ],
)
def test_a_month_range_after_for_is_one_period(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = find_period_phrases(text, PUBLISHED)
    assert [(text[f.start_char : f.end_char], str(f.start), str(f.end)) for f in found] == expected
