"""A haul hidden in luggage, clothing or a vehicle told right before a single day (rule
``concealed_haul_day``), or a seizure at an airport, a port or a border told in the clause
before it (rule ``border_seizure_day``), makes that day the span of what was carried and
found (``period_figure_days``); a find with nothing hidden and no border, an arrest at an
airport, or a court's day in the clause between leave the day an event's date (sentences
invented for these tests)."""

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
        ("A woman who landed at Luton with 9kg of heroin hidden in her suitcase on 14 October "
         "has been charged.", {9: DAY}),
        ("Officers found £46,000 concealed inside a child's car seat on 14 October.",
         {46000: DAY}),
        ("Border Force officers seized 31kg of cannabis at Stansted Airport on 14 October.",
         {31: DAY}),
        ("Officers intercepted 2,400 cigarettes at the port of Holyhead on 14 October.",
         {2400: DAY}),
        # the lead-in ``haul_day_lead_in``: the haul's day carries to the next paragraph
        ("Two women flew into Leeds Bradford with 6kg of heroin hidden in their bags on 14 "
         "October.\n\nThe drugs, packed in 12 blocks, were worth £600,000.",
         {2: DAY, 6: DAY, 12: DAY, 600000: DAY}),
        # near misses: nothing hidden and no border, an arrest at an airport, a court's day
        ("Officers found 12 phones in a car in Luton on 14 October.", {12: None}),
        ("Two men were arrested at Luton Airport on 14 October.", {2: None}),
        ("Cannabis hidden in his van was found, and 3 men were charged on 14 October.",
         {3: None}),
        ("Two men were arrested at Luton Airport on 14 October.\n\nOfficers found 12 phones.",
         {2: None, 12: None}),
    ],
)  # fmt: skip
def test_a_haul_day_is_the_day_of_its_find(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("with 24kg of cocaine hidden in their suitcases on 2 March", "concealed_haul_day"),
        ("£8,000 stashed in his luggage on 2 March", "concealed_haul_day"),
        ("seized 40kg at Gatwick Airport on 2 March", "border_seizure_day"),
        ("were found at the Eurotunnel border on 2 March", "border_seizure_day"),
        ("found 12 phones in a car on 2 March", None),
        ("was arrested at Bristol Airport on 2 March", None),
        ("hidden in a van, and he was sentenced on 2 March", None),
    ],
)
def test_counted_day_names_the_haul(text: str, name: str | None) -> None:
    start = text.index("2 March")
    assert counted_day(text, start, start + len("2 March")) == name
