""" "A year ago" in a sentence dated to P ("now", "currently", "today") with no period
stated before it in that sentence is the day a year before P, even when an earlier
sentence stated a period (rule ``present_years_ago`` of
:func:`pressfacts.statistics.period_same_lengths.resolve_year_before`). Sentences written
for these tests; P is 2024-03-05. Near misses: no present word (the period stated before,
a year earlier), a period stated in the sentence itself, "a year earlier", "five years
ago" (the period stated before, five years earlier)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2024, 3, 5)
EARLIER = "Officers recorded 4,210 thefts in 2022. "


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        (EARLIER + "The watch scheme now has 143 members, up from 90 a year ago.", 90,
         ("2023-03-05", "2023-03-05")),
        (EARLIER + "The partnership said it currently had 57 shops signed up, against 33 a "
         "year ago.", 33, ("2023-03-05", "2023-03-05")),
        (EARLIER + "Today there are 18 PCSOs on the estate, compared with 11 a year ago.", 11,
         ("2023-03-05", "2023-03-05")),
        # near misses: no present word; a period stated in the sentence; "a year earlier";
        # more years back (from the period stated before)
        (EARLIER + "Fraud now makes up one in eight crimes, up from one in 20 five years ago.",
         5, ("2017-01-01", "2017-12-31")),
        (EARLIER + "The watch scheme has 143 members, up from 90 a year ago.", 90,
         ("2021-01-01", "2021-12-31")),
        (EARLIER + "In January there were now 40 referrals, up from 31 a year ago.", 31,
         ("2023-01-01", "2023-01-31")),
        (EARLIER + "The scheme now has 143 members, up from 90 a year earlier.", 90,
         ("2021-01-01", "2021-12-31")),
    ],
)  # fmt: skip
def test_present_years_ago(
    nlp: Language, periods_of: PeriodsOf, text: str, value: float, expected: tuple[str, str]
) -> None:
    assert periods_of(nlp, text, P)[value] == expected
