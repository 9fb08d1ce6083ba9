"""A day that points back to the day a stock was counted ("On that date", "as at the same
date": period rule ``snapshot_that_day`` of :mod:`pressfacts.statistics.snapshot_days`)
dates the figures after it with that day; sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 7, 24)
DAY = ("2025-03-31", "2025-03-31")
YEAR = ("2024-04-01", "2025-03-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The number of certificates on issue in Kent stood at 15,340 on 31 March 2025. "
            "Forces granted 2,406 certificates in the year to March 2025.\n\n"
            "On that date, around one in eight certificate holders lived in Medway.",
            {15340: DAY, 2406: YEAR, 12.5: DAY},
        ),
        (
            "Kent had 3,100 officers on 31 March 2025. Forces granted 2,406 certificates in "
            "the year to March 2025. As at the same date, 412 staff were on the register.",
            {3100: DAY, 2406: YEAR, 412: DAY},
        ),
        # near miss: the day of an event is no stock's day
        (
            "Officers arrested 12 people on 3 May in Kent. On that day, 40 officers took part.",
            {12: None, 40: None},
        ),
    ],
)
def test_snapshot_that_day(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
