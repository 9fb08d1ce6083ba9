"""A part of a day dated just before ("that evening", "that night", "later that day") is
that one day (rule ``same_day_part`` of ``period_event_days``); a part of a day with a day
or an event of its own is not, nor "on the same night" of each one's own. Sentences
invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 20)
DAY = ("2025-10-14", "2025-10-14")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The girl was first messaged on 14 October by a stranger. Within an hour she "
            "had been threatened, and that evening she paid £150.",
            {150: DAY},
        ),
        (
            "Flooding hit Tewkesbury on 14 October.\n\nLater that day, crews rescued 23 "
            "people from their homes.",
            {23: DAY},
        ),
        (
            "A fire broke out at the mill on 14 October. That night, 40 residents were "
            "moved to a rest centre.",
            {40: DAY},
        ),
        # near misses: a part of a day of its own, no day dated before, a later event
        (
            "A man was stabbed on 14 October. That evening's match drew 4,000 fans.",
            {4000: None},
        ),
        ("That evening, officers made 12 arrests in Cardiff.", {12: None}),
        (
            "Outreach workers began patrols on 14 October. Nearly half of the 30 people they "
            "met were offered a bed on the same night.",
            {50: None, 30: None},
        ),
    ],
)  # fmt: skip
def test_a_same_day_part_is_the_day_before(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
