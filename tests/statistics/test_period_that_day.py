"""A day dated before and named again as "that day" is that one day (rule ``that_day`` of
``period_event_days``), by its date or as "last" + a weekday before P, for the finds told
after it; "that day" of an event with no finds, "from that day",
"that day's", "that day of action" and a "that day" with no day before are not. Sentences
invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 20)  # a Thursday
DAY = ("2025-10-14", "2025-10-14")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two women were arrested at a house in Hexham on Tuesday 14 October by detectives "
            "from the economic crime team.\n\nThe pair are accused of running a fake charity "
            "collection in the town between June and September.\n\nOfficers searching the "
            "house that day seized 12 phones and £3,400 in cash.",
            {2: None, 12: DAY, 3400: DAY},
        ),
        (
            "Border Force stopped a lorry at Dover on 14 October. On that day alone, officers "
            "found 31 people hidden in vehicles at the port.",
            {31: DAY},
        ),
        (
            "A man was arrested in Paisley last Friday. Officers who searched his car that "
            "day found 250 cigarette packets.",
            {250: ("2025-11-14", "2025-11-14")},
        ),
        (
            "The driver set off from Grimsby on 14 October and had made 14 deliveries that "
            "day, his logbook showed.",
            {14: DAY},
        ),
        # near misses: a span running on from the day, a day of its own, no day before
        (
            "The new law came in on 14 October. From that day, 18 drivers have been caught.",
            {18: None},
        ),
        (
            "Officers visited the market on 14 October. That day's count found 26 stalls "
            "selling fake goods in 2024.",
            {26: ("2024-01-01", "2024-12-31")},
        ),
        ("Officers searching the flat that day found 15 bags of cannabis.", {15: None}),
        (
            "Officers marched through Hexham on 14 October. That day, 40 officers took part.",
            {40: None},
        ),
    ],
)  # fmt: skip
def test_that_day_is_the_day_dated_before(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
