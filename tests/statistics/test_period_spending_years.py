"""Spending counts money in financial years too (``period_budget_years.BUDGET_WORDS``):
"this/last year" in a sentence that spends money and also names a financial year or the
next year is financial ("would spend £2.4m in 2026/27, up from £2.1m this year"); spending
with no financial year in the sentence keeps the calendar reading. Every sentence is
invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import dated_phrases

P = dt.date(2026, 2, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council would spend £2.4m on prevention in 2026/27, up from £2.1m this year.",
            [("2026/27", "2026-04-01", "2027-03-31"), ("this year", "2025-04-01", "2026-03-31")],
        ),
        # near misses: spending with no financial year or next year in the sentence
        (
            "Officers spent £2,000 on equipment this year.",
            [("this year", "2026-01-01", "2026-02-05")],
        ),
        (
            "The force spent £3m in 2023 and £2m this year.",
            [("in 2023", "2023-01-01", "2023-12-31"), ("this year", "2026-01-01", "2026-02-05")],
        ),
    ],
)
def test_spending_years(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dated_phrases(text, P) == expected
