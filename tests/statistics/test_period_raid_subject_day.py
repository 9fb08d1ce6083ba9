"""A raid or a warrant that is its sentence's subject, with the day it was carried out in
apposition, makes that day the span of what it found (rule ``raid_subject_day`` of
``period_figure_days.RAID_SUBJECT_DAY``); a search, a raid after another event, or a raid
with no apposition leave the day an event's date (sentences invented for these tests)."""

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
        ("The raids, carried out on 14 October, also recovered 27 stolen motorbikes.",
         {27: DAY}),
        ("The warrants, executed in Rochdale on 14 October, found 46 cannabis plants.",
         {46: DAY}),
        ("The dawn raid, carried out on 14 October, uncovered £9,300 in cash.", {9300: DAY}),
        # near misses: a search, no apposition
        ("The searches, carried out on 14 October, found 12 phones.", {12: None}),
        ("Officers said the raids carried out on 14 October found 12 phones.", {12: None}),
    ],
)  # fmt: skip
def test_a_raid_subject_day_is_the_day_of_its_finds(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The raids, carried out on 2 March", "raid_subject_day"),
        ("The three warrants, executed at homes in Bury on 2 March", "raid_subject_day"),
        ("Its raid, conducted on 2 March", "raid_subject_day"),
        ("He was charged after the raids, carried out on 2 March", None),
        ("The searches, carried out on 2 March", None),
        ("The raids carried out on 2 March", None),
        ("The checks, carried out on 2 March", None),
    ],
)
def test_counted_day_names_the_raid_subject(text: str, name: str | None) -> None:
    start = text.index("2 March")
    assert counted_day(text, start, start + len("2 March")) == name
