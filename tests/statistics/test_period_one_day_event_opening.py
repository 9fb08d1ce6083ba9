"""A one-day event opening its sentence right before its day ("At the freshers' ball on 12
September, volunteers handed out …") dates the figures of that sentence (rule
``one_day_event_opening`` of ``period_operation_days.OPERATION_DAYS``); the day is not
carried to the paragraph after. Not "After the match on …" (another event's day), "At a
meeting on …" (no event of ``_EVENT_NOUNS``), an event told after the figures. Sentences
invented for the test; P is Tuesday 15 September 2026."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 9, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At the college's summer ball on 4 July, stewards gave out 320 drink covers.",
            {320: ("2026-07-04", "2026-07-04")},
        ),
        (
            "During the charity gala in Bolton on 29 August, door staff turned away 18 people.",
            {18: ("2026-08-29", "2026-08-29")},
        ),
        (
            "At a community fun day on 5 September, officers marked 40 bikes and 12 scooters.",
            {40: ("2026-09-05", "2026-09-05"), 12: ("2026-09-05", "2026-09-05")},
        ),
        (
            "At the festival on 22 August, paramedics treated 35 people.\n\n"
            "The organisers employ 60 stewards.",
            {35: ("2026-08-22", "2026-08-22"), 60: None},
        ),
        # near misses: another event's day, no event, the event after the figures
        ("After the match on 12 September, officers made 14 arrests.", {14: None}),
        ("At a council meeting on 10 September, councillors approved 12 licences.", {12: None}),
        ("Officers made 14 arrests at the festival on 12 September.", {14: None}),
        ("At the hearing on 8 September, the court heard of 14 offences.", {14: None}),
    ],
)
def test_period_one_day_event_opening(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected


def test_a_time_to_come_in_the_sentence_before_is_not_the_events(
    nlp: Language, periods_of: PeriodsOf
) -> None:
    text = (
        'The warden said: "Staff will always help."\n\n'
        "At the union's summer party on 3 July, stewards handed out 270 drink covers."
    )
    assert periods_of(nlp, text, P) == {270: ("2026-07-03", "2026-07-03")}
