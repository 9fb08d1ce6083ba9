"""A span of a stated length up to a stated day (``units_before_day``: "in the six weeks
before polling day on 7 May"), "since" an event dated by a day or a month with no year
(``since_event_day``: "since nominations closed on 9 April"; ``since_event_past_month``: "since
nominations closed in early April"), and "the six weeks before polling day" that is no span
before the period stated earlier (``units_before``'s near miss); sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 5, 20)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "Merseyside Police logged 154 reports in the six weeks before polling day on 7 May.",
            P,
            {154: ("2026-03-26", "2026-05-06")},
            id="weeks-before-polling-day",
        ),
        pytest.param(
            "Officers recorded 37 offences during the 28 days leading up to the election on 2 May.",
            P,
            {37: ("2026-04-04", "2026-05-01")},
            id="days-leading-up-to",
        ),
        pytest.param(
            "Kent Police issued 88 warnings over the three months before 1 April 2026.",
            P,
            {88: ("2026-01-01", "2026-03-31")},
            id="months-before-day",
        ),
        pytest.param(
            "Since nominations closed on 9 April, officers have briefed 486 candidates.",
            P,
            {486: ("2026-04-09", "2026-05-20")},
            id="since-event-day",
        ),
        pytest.param(
            "Staff have handled more than 9,000 calls since nominations closed in early April.",
            dt.date(2026, 9, 10),
            {9000: ("2026-04-01", "2026-09-10")},
            id="since-event-month",
        ),
        # near misses: no day after "polling day"; a year after the month
        pytest.param(
            "The councillor received 200 abusive messages in the six weeks before polling day.",
            dt.date(2026, 6, 11),
            {200: None},
            id="weeks-before-undated-event",
        ),
        pytest.param(
            "Calls have reached 4,000 since the helpline opened in March 2024.",
            P,
            {4000: ("2024-03-01", "2026-05-20")},
            id="since-event-month-year-stays",
        ),
    ],
)
def test_spans_up_to_a_day_and_since_an_event(
    nlp: Language, periods_of: PeriodsOf, text: str, published: dt.date, expected: object
) -> None:
    found = periods_of(nlp, text, published)
    assert {value: found.get(value) for value in expected} == expected


def test_units_before_an_event_is_not_the_span_before_the_last(
    nlp: Language, periods_of: PeriodsOf
) -> None:
    """ "the six weeks before polling day" is before an event, not the six weeks before
    the 2024 span stated earlier (2023-11-20..2023-12-31)."""
    found = periods_of(
        nlp,
        "In the 2024 survey 44% were satisfied. One councillor received 200 messages in the "
        "six weeks before polling day.",
        dt.date(2026, 6, 11),
    )
    assert found.get(200) != ("2023-11-20", "2023-12-31")
