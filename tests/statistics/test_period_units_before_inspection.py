"""The span of a stated length before an inspection or visit dated before it
(``period_durations`` rule ``units_before_inspection``): "in the six months before the
inspection", after "Inspectors who visited HMP Hull in February". Every sentence is
invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

PUBLISHED = dt.date(2025, 5, 21)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Inspectors who visited HMP Hull in February found that 38% of prisoners said drugs "
         "were easy to get. The positive rate had reached 31% in the six months before the "
         "inspection.",
         {38: ("2025-02-01", "2025-02-28"), 31: ("2024-08-01", "2025-01-31")}),
        ("Inspectors visited HMP Leeds in March. There had been 164 assaults on staff in the "
         "six months before the visit.",
         {164: ("2024-09-01", "2025-02-28")}),
        ("The inspectorate visited HMYOI Wetherby in January 2025. In the three months "
         "before its inspection, 58 children were restrained.",
         {58: ("2024-10-01", "2024-12-31")}),
        # near misses: an event that is no visit; the span before, with no event after it
        ("Officers visited 40 schools in January. In the three months before the campaign, "
         "212 reports were made.",
         {40: ("2025-01-01", "2025-01-31"), 212: ("2025-01-01", "2025-01-31")}),
        ("Thefts fell to 120 in March, from 160 in the three months before.",
         {120: ("2025-03-01", "2025-03-31"), 160: ("2024-12-01", "2025-02-28")}),
    ],
)  # fmt: skip
def test_units_before_inspection(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, PUBLISHED) == expected
