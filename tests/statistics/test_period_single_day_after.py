"""A day whose clause says the figures were counted "in a single day" or "in one day" is
their span (rule ``single_day_after``, ``period_figure_days.SINGLE_DAY_AFTER``).

"The busiest session, at Cambridge on 9 April, saw 131 bikes marked in a single day": the
words after the day single it out as the figures' span, where a date alone dates an event
no figure takes; "after a single day", "one day later" or a single day told in the next
sentence leave the day an event's date. Two tables, from the two held-out sets (261 and
265) that each found the rule; sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 10, 14)

CASES: list[tuple[str, dict[float, tuple[str, str] | None]]] = [
    (
        "The busiest event, at Reading on 12 September, saw 95 bikes marked in a single day.",
        {95: ("2026-09-12", "2026-09-12")},
    ),
    (
        "On 3 August officers in Leeds stopped 80 cars in just one day.",
        {80: ("2026-08-03", "2026-08-03")},
    ),
    (
        "Crews in Dorset attended 31 grass fires on Sunday 2 August, within a single day.",
        {31: ("2026-08-02", "2026-08-02")},
    ),
]

NEAR_MISSES: list[tuple[str, dict[float, tuple[str, str] | None]]] = [
    ("On 3 August, officers in Leeds stopped 80 cars.", {80: None}),
    ("On 3 August, after a crash, officers in Leeds stopped 80 cars in a single day.", {80: None}),
    ("A man was arrested on 3 August. Officers in Leeds stopped 80 cars in one day.", {80: None}),
    ("From 3 August officers in York will patrol the car park one day a week.", {}),
]


@pytest.mark.parametrize(("text", "expected"), CASES + NEAR_MISSES)
def test_single_day_after(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected


P_2025 = dt.date(2025, 11, 20)
DAY = ("2025-10-14", "2025-10-14")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 14 October, the fraud line took 48 calls in a single day.", {48: DAY}),
        ("Officers in Bury seized 23 bikes on 14 October in just one day.", {23: DAY}),
        ("On Tuesday 14 October, volunteers in Hull collected £2,300 in one day.",
         {2300: DAY}),
        ("On 14 October, wardens issued 19 fines during a single day.", {19: DAY}),
        # near misses: after a single day, one day later, a single day in the next sentence
        ("On 14 October, officers made 12 arrests after a single day of talks.", {12: None}),
        ("On 14 October a man was charged, and 9 men were arrested one day later.",
         {9: None}),
        ("On 14 October the charity launched its appeal. It raised £900 in a single day.",
         {900: None}),
    ],
)  # fmt: skip
def test_a_single_day_after_the_day_makes_it_the_span(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P_2025) == expected
