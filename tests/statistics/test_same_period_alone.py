""" "The same period" after a part of a span singled out with "alone" is the span that part
lies in, not the part (rule ``same``); with no "alone", or with no span it lies in, it is
the span stated just before. Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from pressfacts.statistics.periods import find_period_phrases

P = dt.date(2026, 7, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thefts reached 9,100 in the 12 months to June. In the three months from April to "
         "June alone, 2,400 were recorded. Nationally, thefts rose by 11% over the same period.",
         ("2025-07-01", "2026-06-30")),
        ("Calls reached 800 in 2025. In December alone, staff took 90. Across Wales, calls "
         "rose by 6% during that time.", ("2025-01-01", "2025-12-31")),
        # near misses: no "alone" (the span just before), or no span the part lies in
        ("Thefts reached 9,100 in the 12 months to June. In the three months from April to "
         "June, 2,400 were recorded. Nationally, thefts rose by 11% over the same period.",
         ("2026-04-01", "2026-06-30")),
        ("In the three months from April to June alone, 2,400 thefts were recorded. "
         "Nationally, thefts rose by 11% over the same period.", ("2026-04-01", "2026-06-30")),
    ],
)  # fmt: skip
def test_the_same_period_after_a_part_alone(text: str, expected: tuple[str, str]) -> None:
    same = [p for p in find_period_phrases(text, P) if p.kind == "same"][-1]
    assert (same.start.isoformat(), same.end.isoformat()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # past a comparison's yardstick: the span the release reports
        ("Wardens issued 212 fines between April and September, down from 260 between April "
         "and September last year. They also served 19 notices in the same period.",
         ("2026-04-01", "2026-09-30")),
        ("There were 40 thefts in 2025, compared with 31 in 2023. Over the same period, 12 "
         "bikes were recovered.", ("2025-01-01", "2025-12-31")),
        # near misses: no span a year later before it; the yardstick's months differ; a
        # later year stated in another sentence (a budget's) is no comparison
        ("The commissioner set aside £2m for 2026/27. The force recorded 9,100 crimes in "
         "2025/26, 6% fewer than in 2024/25. Over the same period, arrests rose by 12%.",
         ("2025-04-01", "2026-03-31")),
        ("There were 40 thefts in 2023. In the same period, 12 bikes were recovered.",
         ("2023-01-01", "2023-12-31")),
        ("Wardens issued 212 fines between April and September, down from 260 between May "
         "and July last year. They also served 19 notices in the same period.",
         ("2025-05-01", "2025-07-31")),
    ],
)  # fmt: skip
def test_the_same_period_after_a_comparison(text: str, expected: tuple[str, str]) -> None:
    same = [p for p in find_period_phrases(text, P) if p.kind == "same"][-1]
    assert (same.start.isoformat(), same.end.isoformat()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "in the period" points back as "over the period" does
        ("Victims were satisfied in the year to June 2026. The helpline had 11,200 calls in "
         "the period.", ("2025-07-01", "2026-06-30")),
        # near misses: a period named by what bounds it, not the one before
        ("Victims were satisfied in the year to June 2026. There were 40 threats in the "
         "period before the election.", None),
        ("Victims were satisfied in 2025. There were 40 threats in the period to March.", None),
    ],
)  # fmt: skip
def test_in_the_period(text: str, expected: tuple[str, str] | None) -> None:
    same = [
        (p.start.isoformat(), p.end.isoformat())
        for p in find_period_phrases(text, P)
        if p.kind == "same" and text[p.start_char : p.end_char].startswith("in the period")
    ]
    assert same == ([expected] if expected else [])
