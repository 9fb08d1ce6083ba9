"""A bank holiday named with "last year" or "this year" after it is the holiday of that
year, not the whole year (``period_holidays`` rule ``bank_holiday_of_relative_year``).
Every sentence is invented for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from pressfacts.statistics.periods import UNRESOLVED, find_period_phrases


def periods(text: str, published: dt.date | None) -> list[tuple[str, str] | None]:
    """Every period phrase of ``text`` as ISO dates (None when undated)."""
    return [
        None if p.kind == UNRESOLVED else (p.start.isoformat(), p.end.isoformat())
        for p in find_period_phrases(text, published)
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Over the summer bank holiday weekend last year, 19 shops in Luton were hit.",
         dt.date(2026, 7, 21), [("2025-08-23", "2025-08-25")]),
        ("Police said 40 vans were stopped over the August bank holiday last year.",
         dt.date(2024, 3, 2), [("2023-08-28", "2023-08-28")]),
        ("Thefts rose during the early May bank holiday weekend this year.",
         dt.date(2025, 6, 10), [("2025-05-03", "2025-05-05")]),
        ("Calls peaked on the spring bank holiday last year.", dt.date(2022, 1, 9),
         [("2021-05-31", "2021-05-31")]),
        # near misses: no year after the holiday (the latest begun by P); "last year" in a
        # clause of its own stays the whole year; no publication date, no period
        ("Over the summer bank holiday weekend, 19 shops in Luton were hit.",
         dt.date(2026, 7, 21), [("2025-08-23", "2025-08-25")]),
        ("Calls rose last year, and 12 came on one night.", dt.date(2026, 7, 21),
         [("2025-01-01", "2025-12-31")]),
        ("Over the summer bank holiday weekend last year, 19 shops were hit.", None, [None]),
    ],
)  # fmt: skip
def test_bank_holiday_of_relative_year(
    text: str, published: dt.date | None, expected: list[tuple[str, str] | None]
) -> None:
    assert periods(text, published) == expected
