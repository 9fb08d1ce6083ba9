"""A bare weekday in a sentence whose level is told with an irregular past ("stood",
"rose", "fell", "grew": rule ``level_past`` of ``period_future.LEVEL_PAST_VERBS``, read by
``told_in_past``) is the latest such weekday by P, as one with "made" or an "-ed" verb is;
the present ("stands at") stays undated. Found by held-out 409 ("The charity's waiting
list … stood at 312 people on Friday"). Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 20)  # a Thursday
MONDAY = ("2025-11-17", "2025-11-17")
SUNDAY = ("2025-11-16", "2025-11-16")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The backlog of sexual offence cases in Preston stood at 418 cases on Monday.",
         {418: MONDAY}),
        ("Calls to the helpline in Exeter rose to 96 on Sunday.", {96: SUNDAY}),
        ("The number of open cases in Bury fell to 212 on Monday.", {212: MONDAY}),
        ("The waiting list at the Wigan centre grew to 57 women on Sunday.", {57: SUNDAY}),
        # near misses: the present ("stands at") stays undated, and so does a name that
        # spells a level's verb ("Rose", "Fell")
        ("Sergeant Rose Kelly is leading 40 officers on the operation on Sunday.",
         {40: None}),
        ("Hope Fell Rescue Team is walking 30 miles for the hospice on Sunday.", {30: None}),
        ("The backlog of sexual offence cases in Preston stands at 418 cases on Monday.",
         {418: None}),
    ],
)  # fmt: skip
def test_a_level_told_in_the_past_dates_a_bare_weekday(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
