"""A day in apposition after "a single day" or "one day" is the day its figures count
(rule ``single_day_named``, ``period_figure_days.SINGLE_DAY_NAMED``).

"On a single day, 3 August, trespassers caused 112 cancellations": the words single out the
day, so the 112 is that day's, where a date alone ("On 3 August, …") dates an event no
figure takes. Sentences written for these tests; near misses keep no period.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 10, 14)

CASES: list[tuple[str, dict[float, tuple[str, str] | None]]] = [
    (
        "On a single day, 3 August, trespassers on the line near Preston caused 112 cancellations.",
        {112: ("2026-08-03", "2026-08-03")},
    ),
    ("In one day, Saturday 4 May, officers stopped 80 cars.", {80: ("2026-05-04", "2026-05-04")}),
    (
        "Over a single day, 12 June, crews attended 31 grass fires.",
        {31: ("2026-06-12", "2026-06-12")},
    ),
    # "alone" after the words: "one day alone", "a single day alone"
    (
        "On one day alone, 2 March, officers were called to three attacks on farms near Bala, "
        "in which 11 sheep died.",
        {3: ("2026-03-02", "2026-03-02"), 11: ("2026-03-02", "2026-03-02")},
    ),
    (
        "In a single day alone, Sunday 9 August, rangers found 14 dogs off the lead.",
        {14: ("2026-08-09", "2026-08-09")},
    ),
    # the span the day lies in between the words and the day ("last month", "earlier this
    # week"): the day, not the whole span
    (
        "On a single day last month, 21 September, the hotline received 64 reports.",
        {64: ("2026-09-21", "2026-09-21")},
    ),
    (
        "In one day earlier this month, Friday 9 October, wardens issued 27 fines.",
        {27: ("2026-10-09", "2026-10-09")},
    ),
    (
        "On one day last week, 6 October, the team seized 19 bikes.",
        {19: ("2026-10-06", "2026-10-06")},
    ),
]

NEAR_MISSES: list[tuple[str, dict[float, tuple[str, str] | None]]] = [
    ("On 3 August, trespassers near Preston caused 112 cancellations.", {112: None}),
    ("Officers stopped 80 cars for a single day on 3 August.", {80: None}),
    # the span alone, with no day in apposition: the whole month
    (
        "On a single day last month, the hotline received 64 reports.",
        {64: ("2026-09-01", "2026-09-30")},
    ),
    ("The dogs were left alone for one day alone, 2 March, and killed four ewes.", {4: None}),
]


@pytest.mark.parametrize(("text", "expected"), CASES + NEAR_MISSES)
def test_single_day_named(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
