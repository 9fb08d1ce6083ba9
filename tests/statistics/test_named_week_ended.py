"""A week of action named by words between its determiner and "week of" ("the national
Operation Sceptre week of action, which ended on Sunday", "this year's week of action")
is the seven days up to that weekday, as "the week of action, which ended on Sunday" is
(rule ``named_week_ended``, ``period_week_ended.WEEK_MODIFIERS`` in rule
``week_ended_weekday``). Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 11, 20)  # a Thursday
WEEK = ("2025-11-10", "2025-11-16")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Essex Police seized 48 knives during the national Operation Sceptre week of "
            "action, which ended on Sunday.",
            [(48, "knives", WEEK)],
            id="national-operation-name",
        ),
        pytest.param(
            "Officers in Hull made 19 arrests during this year's week of action, which ended on "
            "Sunday.",
            [(19, "arrests", WEEK)],
            id="this-years",
        ),
        pytest.param(
            "Gwent Police searched 30 homes in a regional week of intensive action that ended "
            "on Sunday.",
            [(30, "homes", WEEK)],
            id="regional",
        ),
        # near misses: a describing word not listed; an event that is no week
        pytest.param(
            "Essex Police seized 48 knives during a quiet week of action, which ended on Sunday.",
            [(48, "knives", None)],
            id="near-miss-unlisted-word",
        ),
        pytest.param(
            "Essex Police seized 48 knives during the Sceptre campaign, which ended on Sunday.",
            [(48, "knives", None)],
            id="near-miss-no-week",
        ),
    ],
)
def test_a_named_week_of_action_ended_on_a_weekday(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
