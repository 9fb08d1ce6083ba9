"""A day set aside for a day of action dates the operation's figures in its paragraph and
the next (figure-day rule ``day_for_action_day``, lead-in rule ``action_day_for_lead_in``),
an undated "During the operation," inside that reach restates the day (rule
``event_day_restated``), and near misses. Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.period_figure_days import counted_day
from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 5, 8)
DAY = ("2026-05-05", "2026-05-05")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers from Essex Police joined Basildon Council on Tuesday 5 May for a day of "
            "action on the A127.\n\nDuring the operation, 38 lorries were stopped. Officers "
            "found 11 drivers without insurance.",
            {38: DAY, 11: DAY},
        ),
        (
            "Wiltshire Police teamed up with trading standards on 5 May for a multi-agency day "
            "of action in Trowbridge.\n\nIn all, 62 vehicles were checked and 9 were seized.",
            {62: DAY, 9: DAY},
        ),
        (
            "Staff from Cumbria Police met on 5 May for a day of enforcement.\n\nDuring the "
            "day, 27 tickets were issued. A further 4 drivers were reported.",
            {27: DAY, 4: DAY},
        ),
        # near misses: a week of action (a week's start, not its span); a meeting, not a
        # day of action; an opening with a period of its own keeps it
        (
            "Officers from Essex Police joined Basildon Council on 5 May for a week of "
            "action.\n\nDuring the operation, 38 lorries were stopped. Officers found 11 "
            "drivers without insurance.",
            {38: None, 11: None},
        ),
        (
            "Officers from Essex Police joined Basildon Council on 5 May for a meeting.\n\n"
            "During the operation, 38 lorries were stopped.",
            {38: None},
        ),
        (
            "Officers from Essex Police joined Basildon Council on 5 May for a day of "
            "action.\n\nIn 2025, 412 lorries were stopped.",
            {412: ("2025-01-01", "2025-12-31")},
        ),
    ],
)
def test_day_for_a_day_of_action_dates_its_figures(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("joined the council on 2 March for a day of action", "day_for_action_day"),
        ("met on 2 March for a multi-agency day of enforcement", "day_for_action_day"),
        ("joined the council on 2 March for a week of action", None),
        ("joined the council on 2 March for a meeting", None),
    ],
)
def test_counted_day_names_day_for_action(text: str, name: str | None) -> None:
    start = text.index("2 March")
    assert counted_day(text, start, start + len("2 March")) == name
