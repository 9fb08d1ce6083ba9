"""A count opening its sentence whose things were, happened or fell on a day is counted on
that day (figure-day rule ``events_on_day``, ``period_figure_days.EVENTS_ON_DAY``), and the
day is a part of the span before it: the sentences after speak of the span again (rule
``events_on_day_part``, ``period_alone_parts.PART_MARKERS_BEFORE``). A day that dates what
befell people, or with no copula right before it, stays an event's date. Sentences
invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.period_figure_days import counted_day
from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 11, 20)
SPAN = ("2026-10-25", "2026-11-08")
DAY = ("2026-11-05", "2026-11-05")
LEAD = "Crews in Leicestershire faced 23 attacks between 25 October and 8 November. "

ROWS = [
    (LEAD + "Fourteen of the attacks were on 5 November, when crews went to 180 fires.",
     {23: SPAN, 14: DAY, 180: DAY}),
    (LEAD + "Nine attacks happened on 5 November.", {23: SPAN, 9: DAY}),
    (LEAD + "Fourteen of the attacks were on 5 November.\n\nSix of the attacks were in "
     "Loughborough.", {23: SPAN, 14: DAY, 6: SPAN}),
    # near misses: what befell people on a day (an event's date); no copula right before it
    (LEAD + "Two men were arrested on 5 November.", {23: SPAN, 2: SPAN}),
    (LEAD + "Eleven officers were on duty on 5 November.", {23: SPAN, 11: None}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_events_on_day(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    expected: dict[float, tuple[str, str] | None],
) -> None:
    assert periods_of(nlp, text, P) == expected


def test_the_rule_is_named() -> None:
    text = "Fourteen of the attacks were on 5 November."
    start = text.index("on 5 November")
    assert counted_day(text, start, start + len("on 5 November")) == "events_on_day"
