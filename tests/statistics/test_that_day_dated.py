""" "On the day," or "on that day" after a single day that dates figures (a weekday before
P) takes that day (rule ``that_day_dated`` of
:func:`pressfacts.statistics.snapshot_days.resolve_snapshot_that_day`). Every sentence is
invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 3, 12)  # a Thursday

ROWS = [
    pytest.param(
        "Housing officers visited 18 flats in Moss Side on Monday. On the day, firefighters "
        "fitted 25 smoke alarms.",
        {18.0: ("2026-03-09", "2026-03-09"), 25.0: ("2026-03-09", "2026-03-09")},
        id="on-the-day-comma",
    ),
    pytest.param(
        "Trading standards seized 300 vapes in Hanley on Tuesday. On that day, officers also "
        "issued nine fines.",
        {300.0: ("2026-03-10", "2026-03-10"), 9.0: ("2026-03-10", "2026-03-10")},
        id="on-that-day",
    ),
    # near misses: a day of its own named after it, or an event's day that dates nothing
    pytest.param(
        "Officers checked 40 taxis on Monday. They issued 12 warnings on the day of action.",
        {40.0: ("2026-03-09", "2026-03-09"), 12.0: None},
        id="near-miss-day-of-action",
    ),
    pytest.param(
        "The council met on 3 March. On the day, inspectors visited 30 shops.",
        {30.0: None},
        id="near-miss-an-event-day",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_on_the_day_points_back(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
