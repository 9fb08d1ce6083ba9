"""A day opening its sentence whose figures were counted at a one-day event makes that day
the span of those figures (rule ``one_day_event`` of ``period_figure_days.ONE_DAY_EVENT``);
a day that only dates an arrest, events in the plural, or a day not opening its sentence
stay an event's date (sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.period_figure_days import counted_day
from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 20)
DAY = ("2025-10-14", "2025-10-14")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 14 October, volunteers spoke to 212 people at a community event in Hove.",
         {212: DAY}),
        ("On Tuesday 14 October, officers marked 64 bikes during a day of action in Derby.",
         {64: DAY}),
        ("The team grew. On 14 October, staff met 90 families at an open day in Ripon.",
         {90: DAY}),
        # near misses: no event, events in the plural, the day not opening its sentence
        ("On 14 October, officers arrested 12 people in Leeds.", {12: None}),
        ("On 14 October, the charity said 300 people had attended events in Kent.",
         {300: None}),
        ("Volunteers spoke to 80 people on 14 October at a community event.", {80: None}),
    ],
)  # fmt: skip
def test_a_one_day_event_is_the_day_of_its_figures(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On 2 March, staff met 40 people at a jobs fair in Ely", "one_day_event"),
        ("The force said on 2 March, at a community event, that", None),
        ("On 2 March, a man was arrested", None),
    ],
)
def test_counted_day_names_the_rule(text: str, name: str | None) -> None:
    start = text.index("On 2 March") if "On 2 March" in text else text.index("2 March")
    end = text.index("2 March") + len("2 March")
    assert counted_day(text, start, end) == name
