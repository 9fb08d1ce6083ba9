"""Budget years: "next year" in a sentence about a budget, a precept or council tax is the
next financial year, and "this/last year" there too when the sentence also names the next
year or a financial year (``period_budget_years``); any other sentence keeps the calendar
reading."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import dated_phrases

P = dt.date(2026, 2, 5)


def phrases(text: str) -> list[tuple[str, str, str]]:
    """(phrase, start, end) of every dated period phrase of ``text``."""
    return dated_phrases(text, P)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The force's budget for next year will be £412.7m, up from £393.4m this year.",
            [("next year", "2026-04-01", "2027-03-31"), ("this year", "2025-04-01", "2026-03-31")],
        ),
        (
            "The precept will rise by £14 next year.",
            [("next year", "2026-04-01", "2027-03-31")],
        ),
        (
            "Council tax for policing rose by 4% in 2025/26 and last year the budget was £80m.",
            [("2025/26", "2025-04-01", "2026-03-31"), ("last year", "2024-04-01", "2025-03-31")],
        ),
        # "this year's budget" as the yardstick of a financial year's
        (
            "The council will spend £3.1m in 2027/28, £400,000 more than this year's budget.",
            [("2027/28", "2027-04-01", "2028-03-31"), ("this year", "2025-04-01", "2026-03-31")],
        ),
        # near misses: "this year's" of another noun (no period); no budget in the sentence;
        # "this year" with a budget alone
        (
            "The force spent £3.1m in 2027/28, above this year's total.",
            [
                ("2027/28", "2027-04-01", "2028-03-31"),
            ],
        ),
        (
            "Officers will recruit 40 staff next year.",
            [("next year", "2027-01-01", "2027-12-31")],
        ),
        (
            "I have set aside £20,000 from my budget this year for cameras.",
            [("this year", "2026-01-01", "2026-02-05")],
        ),
    ],
)
def test_budget_years(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert phrases(text) == expected
