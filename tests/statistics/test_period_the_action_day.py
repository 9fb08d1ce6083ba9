"""A day of action named again with "the" ("during the day of action") is the day dated
just before it (rule ``the_action_day`` of ``period_event_days``); "a day of action" with
no day before it, "the week of action" and a day of action dated in place are not.
Sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 20)
DAY = ("2025-11-04", "2025-11-04")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trading standards officers checked 45 takeaways in Harlow on Tuesday 4 November. "
            "Nine workers were found to be living on site during the day of action.",
            {45: None, 9: DAY},
        ),
        (
            "Officers from Kent Police visited farms near Maidstone on 4 November.\n\nOn the "
            "day of enforcement, 14 people were spoken to and two men were arrested.",
            {14: DAY, 2: DAY},
        ),
        (
            "Police and immigration officers went to 30 premises across the borough on 4 "
            "November, and throughout the day of action 12 potential victims were identified.",
            {30: None, 12: DAY},
        ),
        # near misses: no day dated before, a week of action, another kind of day
        (
            "During the day of action, officers made 12 arrests in Cardiff.",
            {12: None},
        ),
        (
            "Officers visited 20 garages on 4 November. During the week of action, 16 people "
            "were arrested.",
            {20: ("2025-11-04", "2025-11-04"), 16: None},
        ),
        (
            "Officers visited 20 garages on 4 November. During the day, 16 people were "
            "spoken to.",
            {20: ("2025-11-04", "2025-11-04"), 16: None},
        ),
    ],
)  # fmt: skip
def test_the_day_of_action_is_the_day_before(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
