"""A week of action said to have ended on a weekday with no date ("during a week of action
that ended on Sunday", "in a week-long operation which finished on Friday", "… that ended
yesterday") is the seven days up to that day, the latest on or before P (rule
``week_ended_weekday``); the figure had been undated. A week to come, a dated end, a span
of another length and an end told in a sentence of its own stay as before. Sentences
invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 3, 12)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Avon and Somerset Police shut 14 deal lines during a week of action that ended "
            "on Sunday.",
            {14: ("2026-03-02", "2026-03-08")},
        ),
        (
            "Officers arrested 52 people in a week-long operation which finished on Friday.",
            {52: ("2026-02-28", "2026-03-06")},
        ),
        (
            "The force safeguarded 23 children in a seven-day county lines crackdown that "
            "ended yesterday.",
            {23: ("2026-03-05", "2026-03-11")},
        ),
        (
            "Officers visited 61 addresses during the week of action, which ran until Sunday.",
            {61: ("2026-03-02", "2026-03-08")},
        ),
        (  # a later "During the week" follows it
            "Gwent Police closed nine lines during a week of intensive action that ended on "
            "Sunday. During the week, officers seized 18 knives.",
            {9: ("2026-03-02", "2026-03-08"), 18: ("2026-03-02", "2026-03-08")},
        ),
        # near misses: a week to come; a fortnight; the end in a sentence of its own
        (
            "Officers will visit schools during a week of action that ends on Sunday, and 40 "
            "officers will take part.",
            {40: ("2026-03-15", "2026-03-15")},
        ),
        (
            "Officers arrested 33 people during a fortnight of action that ended on Sunday.",
            {33: None},
        ),
        (
            "Officers arrested 33 people during the week of action. It ended on Sunday.",
            {33: None},
        ),
    ],
)
def test_week_ended_weekday(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Durham Constabulary took in 96 guns during a two-week national surrender that "
            "ended on Sunday.",
            {96: ("2026-02-23", "2026-03-08")},
        ),
        (
            "Officers seized 41 knives in a 10-day crackdown which finished on Friday.",
            {41: ("2026-02-25", "2026-03-06")},
        ),
        (
            "Residents handed in 212 weapons during a fortnight-long amnesty that ended yesterday.",
            {212: ("2026-02-26", "2026-03-11")},
        ),
        # near misses: an amnesty to come; a length with no event noun; a dated end
        (
            "Officers expect 30 guns in a two-week surrender that ends on Sunday.",
            {30: None},
        ),
        (
            "Officers arrested 33 people during a two-week spell that ended on Sunday.",
            {33: None},
        ),
    ],
)
def test_span_ended_weekday(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
