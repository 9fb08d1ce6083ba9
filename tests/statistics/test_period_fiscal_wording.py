"""A release that counts in financial years: its "year to date" runs from 1 April
(``year_so_far`` in ``period_parts``) and "the current year" is P's financial year
(``current_year``). Sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pressfacts.statistics.periods import UNRESOLVED, find_period_phrases

P = dt.date(2025, 11, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "year to date" in a release that counts in financial years: from 1 April
        ("In 2024/25 the force secured 30 orders. Year to date, it has secured 19.",
         [("2024-04-01", "2025-03-31"), ("2025-04-01", "2025-11-20")]),
        ("Quarter two figures for the financial year show 88 disclosures; the year-to-date "
         "total is 150.", [("2025-04-01", "2025-11-20")]),
        # near miss: no financial year named: the calendar year
        ("Year to date, the force has secured 19 orders.", [("2025-01-01", "2025-11-20")]),
    ],
)  # fmt: skip
def test_year_to_date_of_a_financial_year(text: str, expected: object) -> None:
    assert [
        (p.start.isoformat(), p.end.isoformat())
        for p in find_period_phrases(text, P)
        if p.kind != UNRESOLVED
    ] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the current year" in a release that counts in financial years: P's whole one
        ("The commissioner spent £2.1m in 2024/25 and has £2.4m for the current year.",
         [("2024-04-01", "2025-03-31"), ("2025-04-01", "2026-03-31")]),
        # near miss: no financial year named: no period from the words
        ("The charity has £40,000 for the current year.", []),
    ],
)  # fmt: skip
def test_the_current_year_of_a_financial_release(text: str, expected: object) -> None:
    assert [
        (p.start.isoformat(), p.end.isoformat())
        for p in find_period_phrases(text, P)
        if p.kind != UNRESOLVED
    ] == expected
