"""The span of a stated length before a scheme's start, the period stated before being
its first span (``period_durations`` rule ``units_before_start``): "down from 1,530 in
the 12 months before the scheme began". Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

PUBLISHED = dt.date(2025, 9, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Between March and August, traders in Hexham reported 212 thefts, down from 340 in "
         "the six months before the radio scheme started.",
         {212: ("2025-03-01", "2025-08-31"), 340: ("2024-09-01", "2025-02-28")}),
        ("From July 2024 to June 2025, the Dover pubwatch logged 96 incidents, against 131 "
         "in the 12 months before the pubwatch was launched.",
         {96: ("2024-07-01", "2025-06-30"), 131: ("2023-07-01", "2024-06-30")}),
        ("Between January and June, 58 shop workers in Truro were assaulted, compared with "
         "75 in the six months before the wardens' patrols began.",
         {58: ("2025-01-01", "2025-06-30"), 75: ("2024-07-01", "2024-12-31")}),
        # near misses: a dated start is its own rule; an event that is no start
        ("Between March and August, traders in Hexham reported 212 thefts, down from 340 in "
         "the six months before the scheme began in May 2023.",
         {212: ("2025-03-01", "2025-08-31"), 340: ("2022-11-01", "2023-04-30")}),
        ("Between March and August, 212 thefts were reported, against 340 in the six months "
         "before the trial.",
         {212: ("2025-03-01", "2025-08-31"), 340: ("2025-03-01", "2025-08-31")}),
        # near miss: no period stated before, the months before a start are undated
        ("Traders in Hexham reported 340 thefts in the six months before the radio scheme "
         "started.",
         {340: None}),
    ],
)  # fmt: skip
def test_units_before_start(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, PUBLISHED) == expected
