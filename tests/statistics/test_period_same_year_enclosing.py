""" "The same year", "that year" after a part of a year (a quarter, a few months) is the
nearest year-long span stated before that holds the part (rule ``same_year_enclosing`` of
:func:`pressfacts.statistics.period_same.resolve_same`), not the part itself. Sentences
invented for these tests; the near misses are a year stated just before, a part no stated
year holds, and a year stated before that does not hold the part."""

from __future__ import annotations

import datetime as dt

import pytest

from pressfacts.statistics.periods import find_period_phrases

P = dt.date(2026, 5, 21)

ROWS = [
    pytest.param(
        "The helpline took 4,100 calls in 2025/26. Between January and March, 1,200 came from "
        "boys. In the same year, one in five callers had paid money.",
        ("2025-04-01", "2026-03-31"),
        id="financial-year-holds-quarter",
    ),
    pytest.param(
        "Officers logged 930 crimes in 2024. From June to August 2024, 300 were online, up 8% on "
        "the same months of 2023. Later that year, 40 arrests were made.",
        ("2024-01-01", "2024-12-31"),
        id="calendar-year-holds-months",
    ),
    pytest.param(
        "The unit handled 610 cases in the year to March 2025. Between January and March 2025, 170 "
        "involved children. In the same year, 52 people were charged.",
        ("2024-04-01", "2025-03-31"),
        id="year-to-holds-quarter",
    ),
    # near misses: the span before is a year; no stated year holds the part; the year stated
    # before ends before the part
    pytest.param(
        "In 2025/26 there were 410 reports. In the same year, 90 were referred.",
        ("2025-04-01", "2026-03-31"),
        id="a-year-itself",
    ),
    pytest.param(
        "In March 2019 a man was hurt. Later that year, 40 more were.",
        ("2019-03-01", "2019-03-31"),
        id="no-year-stated",
    ),
    pytest.param(
        "In 2023 there were 40. Between May and July 2024, 12 were stolen. In the same year, "
        "5 more were.",
        ("2024-05-01", "2024-07-31"),
        id="year-does-not-hold-it",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_the_same_year_after_a_part(text: str, expected: tuple[str, str]) -> None:
    same = [p for p in find_period_phrases(text, P) if p.kind == "same"][-1]
    assert (same.start.isoformat(), same.end.isoformat()) == expected
