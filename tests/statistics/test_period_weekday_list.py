"""A weekday listed with others after a comma ("on Thursday, Friday and Saturday nights")
is no one day (guard ``weekday_list`` of ``period_weekday_events._NEXT_WEEKDAY``): a habit
or a list, not the next or the last such weekday. A weekday alone before a comma ("on
Friday, the council said") is still one day. Sentences invented for the test; P is
Tuesday 15 September 2026."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 9, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The grant pays for 24 pastors on Thursday, Friday and Saturday nights.", {24: None}),
        ("Patrols will put 12 officers in Preston on Friday, Saturday and Sunday.", {12: None}),
        ("Volunteers helped 45 people on Friday, Saturday and Sunday night.", {45: None}),
        ("Taxi marshals will cover 8 ranks on Friday, Saturday or Sunday evenings.", {8: None}),
        # near misses: one weekday before a comma, to come or told in the past
        (
            "The force will deploy 20 officers in Wigan on Friday, the council said.",
            {20: ("2026-09-18", "2026-09-18")},
        ),
        (
            "Officers made nine arrests in Walsall on Saturday, and recovered three knives.",
            {9: ("2026-09-12", "2026-09-12"), 3: ("2026-09-12", "2026-09-12")},
        ),
    ],
)
def test_period_weekday_list(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
