"""A day the clause after it says was a day of action (or of enforcement, a one-day
operation) is the span of the figures counted in it (rule ``day_of_action_day`` of
``period_figure_days.DAY_OF_ACTION``); a week of action, or a day of action that is another
event's, leaves the day an event's date (sentences invented for these tests)."""

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
        ("On 14 October, officers in Cumbria visited 52 farms in a single day of action.",
         {52: DAY}),
        ("Officers made 19 arrests on 14 October during a day of action against county "
         "lines.\n\nThey also seized £6,300 in cash.", {19: DAY, 6300: DAY}),
        ("Trading standards checked 31 shops in Bolton on 14 October as part of a national "
         "day of enforcement.", {31: DAY}),
        ("On 14 October, the team stopped 88 vehicles in a one-day operation on the A66.",
         {88: DAY}),
        # near misses: a week of action, a day of action after another event, no action
        ("Officers made 19 arrests on 14 October during a week of action.", {19: None}),
        ("Officers made 19 arrests on 14 October after a day of action in Leeds.", {19: None}),
        ("On 14 October, officers in Cumbria visited 52 farms.", {52: None}),
    ],
)  # fmt: skip
def test_a_day_of_action_is_the_day_of_its_counts(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("searched 40 homes on 2 March in a day of action", "day_of_action_day"),
        ("on 2 March, during their day of enforcement", "day_of_action_day"),
        ("on 2 March during a week of action", None),
        ("on 2 March, ahead of a day of action in May", None),
        ("on 2 March. A day of action followed", None),
    ],
)
def test_counted_day_names_the_day_of_action(text: str, name: str | None) -> None:
    start = text.index("2 March")
    assert counted_day(text, start, start + len("2 March")) == name
