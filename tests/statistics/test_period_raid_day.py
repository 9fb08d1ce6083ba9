"""A raid or a warrant executed on a single day makes that day the span of what was found
(rule ``raid_day`` of ``period_figure_days.RAID_DAY``; the paragraph after it by the
lead-in ``raid_day_lead_in``); an arrest, a search alone, or a raid after another event
dated on the day, is an event's date, which no figure takes (sentences invented for these
tests)."""

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
        (
            "Officers from Avon and Somerset Police raided 9 addresses in Bristol on 14 "
            "October, recovering £62,000 in cash.",
            {9: DAY, 62000: DAY},
        ),
        (
            "Detectives executed search warrants at 6 properties in Wrexham on 14 October 2025 "
            "and seized 3 vans.",
            {6: DAY, 3: DAY},
        ),
        (
            "Essex Police executed a warrant at a unit in Harlow on 14 October.\n\nInside, "
            "officers found 730 plants.",
            {730: DAY},
        ),
        # near misses: an arrest, a search alone, a raid after another event on the day
        ("Officers in Hull arrested 4 men on 14 October.", {4: None}),
        ("Officers searched 40 cells at the prison on 14 October.", {40: None}),
        ("Officers raided 12 homes in Ashford after a shooting on 14 October.", {12: None}),
        (
            "Essex Police arrested a man in Harlow on 14 October.\n\nInside his flat, officers "
            "found 730 plants.",
            {730: None},
        ),
    ],
)  # fmt: skip
def test_a_raid_day_is_the_day_of_its_finds(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("raided 14 addresses in Salford on 2 March", "raid_day"),
        ("executed a drugs warrant at the flat on 2 March", "raid_day"),
        ("was arrested in Wakefield on 2 March", None),
        ("raided the house after a stabbing on 2 March", None),
    ],
)
def test_counted_day_names_the_raid(text: str, name: str | None) -> None:
    start = text.index("2 March")
    assert counted_day(text, start, start + len("2 March")) == name
