"""A count after a range stated with both ends keeps the range when the nearest period is a
month after it, in another deed of the sentence (rule ``range_over_later_event``,
``period_choice.range_over_later_event``): the month dates that deed. Near misses keep the
nearer period. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 1, 20)
RANGE = ("2025-03-01", "2025-09-30")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The court heard that between March and September 2025 Dunn abused his "
            "neighbour, a woman in her seventies, on at least 25 occasions, twice blocked her "
            "drive and threw paint at her door in July.",
            {25: RANGE},
        ),
        (
            "Between March and September 2025 Hart targeted the shop on 30 occasions, kicked "
            "the door and spat at staff in June.",
            {30: RANGE},
        ),
        (
            "Between March and September 2025 Price rang the victim on 90 occasions, "
            "followed her to work and damaged her car in August.",
            {90: RANGE},
        ),
        # near misses: the month right after the count; a month outside the range (not
        # this rule's)
        (
            "Between March and September 2025 the pair stole from 46 shops in July.",
            {46: ("2025-07-01", "2025-07-31")},
        ),
        (
            "Between March and September 2025 Dunn sent 212 messages, and was arrested in "
            "November.",
            {212: ("2025-11-01", "2025-11-30")},
        ),
    ],
)
def test_a_range_over_a_later_deed(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
