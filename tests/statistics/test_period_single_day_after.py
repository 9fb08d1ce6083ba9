"""A day whose clause says the figures were counted "in a single day" or "in one day" is
their span (rule ``single_day_after``, ``period_figure_days.SINGLE_DAY_AFTER``).

"The busiest session, at Cambridge on 9 April, saw 131 bikes marked in a single day": the
words after the day single it out as the figures' span, where a date alone dates an event
no figure takes. Sentences written for these tests; near misses keep no period.
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
