"""A tally given at a month's end after the day something started ("The system went live
on 1 May and, by the end of October, had helped recover 38 packages") covers that day to
the month's end (rule ``started_day_to_month_end`` of ``period_ranges.DAY_RANGE_RULES``).
Near misses: the start day alone, and a month's end with no start day. Every sentence is
invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 18)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The scheme launched on 3 March and, by the end of June, had helped 40 families.",
            {40: ("2025-03-03", "2025-06-30")},
            id="launched-and-by-the-end-of",
        ),
        pytest.param(
            "The camera system was installed on 12 February 2025 and by the end of August it "
            "had caught 310 drivers.",
            {310: ("2025-02-12", "2025-08-31")},
            id="installed-with-a-year",
        ),
        # near misses: a start day alone (an event's day: no span of a tally), a month's
        # end with no start day
        pytest.param(
            "The scheme launched on 3 March with 40 families.",
            {40: None},
            id="start-day-alone",
        ),
        pytest.param(
            "By the end of June, the scheme had helped 40 families.",
            {40: None},
            id="month-end-alone",
        ),
    ],
)
def test_a_tally_from_the_start_day_to_a_month_end(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
