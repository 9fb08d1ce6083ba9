"""A day in apposition to the first, opening, last or closing day of a scheme, campaign or
event is the day its figures were counted on (figure-day rule ``ordinal_day_of``,
``period_figure_days.ORDINAL_DAY_OF``); a trial's or hearing's first day, a day with no
ordinal apposition and a day alone stay an event's date. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.period_figure_days import counted_day
from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 4, 22)

ROWS = [
    (
        "On Saturday 11 April, the first day of the marking scheme, 412 tools were marked in "
        "Chelmsford.",
        {412: ("2026-04-11", "2026-04-11")},
    ),
    (
        "Officers stopped 86 vans in Leicester on 2 March, the opening day of the campaign.",
        {86: ("2026-03-02", "2026-03-02")},
    ),
    (
        "On Sunday 5 April, the final day of the festival, 23 people were arrested in Lincoln.",
        {23: ("2026-04-05", "2026-04-05")},
    ),
    # near misses: the first day of a trial (the figures are the crimes'), a day with no
    # ordinal apposition, a day alone
    (
        "On 3 March, the first day of the trial, the court heard that the gang stole 143 vans "
        "in Derby.",
        {143: None},
    ),
    ("On 3 March, the day after the raid, officers found 12 phones in Derby.", {12: None}),
    ("On 3 March, 412 tools were marked at the Chelmsford branch.", {412: None}),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_ordinal_day_of(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    expected: dict[float, tuple[str, str] | None],
) -> None:
    assert periods_of(nlp, text, P) == expected


def test_the_rule_is_named() -> None:
    text = "On 2 March, the opening day of the campaign, officers stopped 86 vans."
    start = text.index("2 March")
    assert counted_day(text, start, start + len("2 March")) == "ordinal_day_of"
