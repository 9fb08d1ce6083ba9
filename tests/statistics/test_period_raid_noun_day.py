"""A raid told as a noun after "in"/"during" on a single day makes that day the span of what
was found (rule ``raid_noun_day`` of ``period_figure_days.RAID_NOUN_DAY``; the paragraph
after it by the lead-in ``raid_day_lead_in``); raids in general, or a raid after another
event dated on the day, leave the day an event's date (sentences invented for these
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
        ("Officers seized 38 knives in a dawn raid at a flat in Preston on 14 October.", {38: DAY}),
        (
            "Four men were arrested in a raid in Bucharest on 14 October and have been "
            "charged.\n\nDuring the raid, officers seized 16 phones and two laptops.",
            {4: DAY, 16: DAY, 2: DAY},
        ),
        ("Detectives found £8,400 during an early-morning raid in Luton on 14 October.",
         {8400: DAY}),
        # near misses: raids in general, a raid after another event on the day, no raid
        ("There has been a rise in raids on 14 October, with 12 homes hit.", {12: None}),
        ("Officers found 12 phones in a raid after a stabbing on 14 October.", {12: None}),
        ("Officers found 12 phones in a car in Luton on 14 October.", {12: None}),
    ],
)  # fmt: skip
def test_a_raid_noun_day_is_the_day_of_its_finds(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("seized 14 knives in a raid in Salford on 2 March", "raid_noun_day"),
        ("were arrested during a dawn raid at the farm on 2 March", "raid_noun_day"),
        ("raided 14 addresses in Salford on 2 March", "raid_day"),
        ("a rise in raids on 2 March", None),
        ("found in a raid after a stabbing on 2 March", None),
    ],
)
def test_counted_day_names_the_raid_noun(text: str, name: str | None) -> None:
    start = text.index("2 March")
    assert counted_day(text, start, start + len("2 March")) == name
