"""A new week of action dated only by the month it fell in ("during a week of action in
May", "… last month") takes that month (``period_events.WEEK_MONTH_AFTER`` in the
``the_week`` rule); the figure had been undated. A week of action with no month after it
stays undated, and "the week of action" dated before keeps that week. Sentences invented
for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 7, 16)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The CPS said 41 defendants were convicted during a week of action in May.",
            {41: ("2026-05-01", "2026-05-31")},
        ),
        (
            "Officers arrested 23 people during a week of action last month.",
            {23: ("2026-06-01", "2026-06-30")},
        ),
        (
            "Officers seized 17 knives in a week of action in early March.",
            {17: ("2026-03-01", "2026-03-31")},
        ),
        ("Officers arrested 41 people during a week of action.", {41: None}),  # near miss
        (  # near miss: the week dated before
            "The operation ran from 3 to 9 May. Officers arrested 41 people during the week "
            "of action.",
            {41: ("2026-05-03", "2026-05-09")},
        ),
    ],
)
def test_week_of_action_in_month(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
