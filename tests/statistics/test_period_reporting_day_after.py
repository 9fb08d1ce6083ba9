"""A weekday right before a verb of telling dates the telling, not what the figures count
(rule ``reporting_day_after``, ``period_weekday_events.REPORTING_DAY_AFTER``): "A report
to the committee on Tuesday said police had recovered 512 weapons" leaves the 512 with the
span its sentence states, or none; so does "heard" before the weekday ("Councillors heard
on Monday that …"). Near misses: a weekday opening a count's clause, what was found on the
day, a passive event told before the weekday. Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 2, 25)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A report to the committee on Tuesday said police had recovered 512 weapons.",
            {512.0: None},
            id="day-then-said",
        ),
        pytest.param(
            "A report to the council on Monday said wardens had seized 61 bikes through "
            "patrols, tip-offs and checks between March 2025 and January 2026.",
            {61.0: ("2025-03-01", "2026-01-31")},
            id="day-then-said-span-after-a-list",
        ),
        pytest.param(
            "Councillors heard on Monday that 47 young people had been referred.",
            {47.0: None},
            id="heard-on",
        ),
        # near misses: a count on the day; an event told before the weekday
        pytest.param(
            "On Tuesday, officers made 46 arrests in Hull.",
            {46.0: ("2026-02-24", "2026-02-24")},
            id="count-on-the-day",
        ),
        pytest.param(
            "Officers searching a house in Goole on Monday found 412 plants.",
            {412.0: ("2026-02-23", "2026-02-23")},
            id="found-on-the-day",
        ),
        pytest.param(
            "Councillors heard that 12 cars were stolen in Goole on Monday.",
            {12.0: ("2026-02-23", "2026-02-23")},
            id="event-told-before-the-day",
        ),
    ],
)
def test_reporting_day_after(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
