"""A day in apposition to a named day in capitals (an awareness day, a national day, a
holiday) is the day its figures were counted on (figure-day rule ``named_day_of``,
``period_figure_days.NAMED_DAY_OF``); a person whose surname is Day, a day with no named
apposition and a named day told before the date stay an event's date. Sentences invented
for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.period_figure_days import counted_day
from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 10, 14)

ROWS = [
    (
        "On 11 February, Safer Internet Day, officers gave talks in 31 schools in Stockport.",
        {31: ("2026-02-11", "2026-02-11")},
    ),
    (
        "On 25 December, Christmas Day, officers stopped 90 drivers in Hull.",
        {90: ("2025-12-25", "2025-12-25")},
    ),
    (
        "On 8 March, International Women's Day, volunteers handed out 300 leaflets in Leeds.",
        {300: ("2026-03-08", "2026-03-08")},
    ),
    # near misses: a person named Day, an age after the name, no named apposition, the
    # named day before the date
    (
        "On 3 March, Detective Sergeant Amy Day, of the team, said officers had arrested 12 "
        "people.",
        {12: None},
    ),
    ("On 3 March, Amy Day, 34, was one of 12 people arrested.", {12: None}),
    ("On 3 March, the day after the raid, officers found 12 phones in Derby.", {12: None}),
    ("Armed Forces Day on 27 June saw 26 stalls set up in Crewe.", {26: None}),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_named_day_of(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    expected: dict[float, tuple[str, str] | None],
) -> None:
    assert periods_of(nlp, text, P) == expected


def test_the_rule_is_named() -> None:
    text = "On 10 February, Safer Internet Day, officers visited 26 schools."
    start = text.index("10 February")
    assert counted_day(text, start, start + len("10 February")) == "named_day_of"
