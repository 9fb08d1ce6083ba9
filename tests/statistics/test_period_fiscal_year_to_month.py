"""A financial year counted up to a month ("the 2025/26 financial year to the end of
February", "2024-25 to the end of December") runs from its 1 April to the end of that
month (rule ``fiscal_year_to_month``: ``period_fiscal.resolve_fiscal_year_to_month``).
Before, "year to the end of February" was read alone as the twelve months to February and
the financial year's own span was lost. Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from pressfacts.statistics.periods import find_period_phrases

P = dt.date(2026, 3, 19)


def _periods(text: str) -> list[tuple[str, str, str]]:
    return [
        (text[p.start_char : p.end_char], p.start.isoformat(), p.end.isoformat())
        for p in find_period_phrases(text, P)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Over the 2025/26 financial year to the end of February, the van treated 310 people.",
            [("the 2025/26 financial year to the end of February", "2025-04-01", "2026-02-28")],
        ),
        (
            "In the 2024-25 financial year up to December, officers made 40 arrests.",
            [("the 2024-25 financial year up to December", "2024-04-01", "2024-12-31")],
        ),
        (
            "Trading standards made 18 test purchases in 2025/26 to the end of January.",
            [("2025/26 to the end of January", "2025-04-01", "2026-01-31")],
        ),
        (
            "During the 2023/2024 financial year until the end of June, 75 licences were issued.",
            [("the 2023/2024 financial year until the end of June", "2023-04-01", "2023-06-30")],
        ),
        # near misses: a year to a month with no financial year; two financial years joined;
        # a financial year alone; a month of the next clause
        (
            "In the year to the end of February, officers made 40 arrests.",
            [("the year to the end of February", "2025-03-01", "2026-02-28")],
        ),
        (
            "From 2024/25 to 2025/26, officers made 40 arrests.",
            [("From 2024/25 to 2025/26", "2024-04-01", "2026-03-31")],
        ),
        (
            "Officers made 40 arrests in 2024/25 and 12 more in January.",
            [("2024/25", "2024-04-01", "2025-03-31"), ("in January", "2026-01-01", "2026-01-31")],
        ),
    ],
)
def test_fiscal_year_to_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _periods(text) == expected
