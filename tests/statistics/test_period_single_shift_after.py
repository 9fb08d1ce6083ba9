"""A day whose clause says the figures were counted "in a single shift" or "in one night"
is their span (rule ``single_day_after``, ``period_figure_days.SINGLE_DAY_AFTER``, which
also reads a shift or a night of the day).

"On Saturday 4 April we arrested five people in a single shift": a shift, like "a single
day", singles the day out as the figures' span, where a date alone dates an event no
figure takes. A shift pattern, "one night a week", "after a single shift" or a shift told
in the next sentence leave the day an event's date. Found by held-out 330; sentences
written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 9, 30)
DAY = ("2026-04-04", "2026-04-04")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Saturday 4 April we arrested five people in a single shift.", {5: DAY}),
        ("Officers in Bangor stopped 42 vehicles on 4 April in one shift.", {42: DAY}),
        ("On 4 April, door staff in Exeter turned away 60 people in a single night.",
         {60: DAY}),
        ("On 4 April the response team in Newry attended 17 calls during one shift.",
         {17: DAY}),
        # near misses: a shift pattern, a rate, another span, the next sentence
        ("On 4 April, 30 officers in Truro moved to a single shift pattern.", {30: None}),
        ("From 4 April, 12 wardens in Rhyl will patrol one night a week.", {12: None}),
        ("On 4 April, 9 men were charged after a single shift of searches.", {9: None}),
        ("On 4 April the unit changed its rota. It made 14 arrests in one shift.",
         {14: None}),
    ],
)  # fmt: skip
def test_a_single_shift_or_night_after_the_day_makes_it_the_span(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
