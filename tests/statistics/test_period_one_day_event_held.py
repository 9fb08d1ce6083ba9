"""A day opening its sentence on which an event was held, hosted, ran or staged makes that
day the span of the event's figures (rule ``one_day_event`` of
``period_figure_days.ONE_DAY_EVENT``); a meeting (no event noun), events in the plural or a
day not opening its sentence stay an event's date (sentences invented for these tests)."""

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
        ("On Tuesday 14 October, officers held a drop-in at Bangor library that was attended "
         "by 57 people.", {57: DAY}),
        ("On 14 October, the charity hosted a scams awareness event in Truro for 85 residents.",
         {85: DAY}),
        ("On 14 October, trading standards staged a roadshow in Leek, and 120 people came.",
         {120: DAY}),
        # near misses: no event noun, events in the plural, the day not opening its sentence
        ("On 14 October, the council held a meeting attended by 40 residents.", {40: None}),
        ("On 14 October, officers held events across Devon for 300 people.", {300: None}),
        ("Officers said 57 people came after they held a drop-in on 14 October.", {57: None}),
    ],
)  # fmt: skip
def test_an_event_held_on_a_day_is_the_day_of_its_figures(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On 2 March, officers held a drop-in at the library", "one_day_event"),
        ("On 2 March, the bank staged an open day", "one_day_event"),
        ("On 2 March, officers held a meeting", None),
    ],
)
def test_counted_day_names_the_rule(text: str, name: str | None) -> None:
    at = text.index("2 March")
    assert counted_day(text, at, at + len("2 March")) == name
