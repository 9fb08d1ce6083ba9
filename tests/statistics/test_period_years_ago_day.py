"""A stock compared with "a year ago" and no period stated before it is dated to the day a
year before P, not the calendar year (rule ``years_ago_day`` of
:func:`pressfacts.statistics.period_same_lengths.resolve_year_before`). Sentences written
for these tests; P is 2024-03-05. Near misses: "a year earlier" and "last year" (the
calendar year), "a year ago" after a stated period (that period a year earlier)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2024, 3, 5)


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("The county now has 64 Speedwatch groups, up from 41 a year ago.", 41,
         ("2023-03-05", "2023-03-05")),
        ("Some 310 volunteers are signed up, compared with 120 a year ago.", 120,
         ("2023-03-05", "2023-03-05")),
        # near misses: a calendar year ("two years ago" too); a period stated before
        ("Some 310 volunteers are signed up, compared with 120 two years ago.", 120,
         ("2022-01-01", "2022-12-31")),
        ("The force made 40 arrests in 2023, up from 30 a year earlier.", 30,
         ("2022-01-01", "2022-12-31")),
        ("The county now has 64 groups, up from 41 last year.", 41, ("2023-01-01", "2023-12-31")),
        ("Officers made 40 arrests in January, compared with 31 a year ago.", 31,
         ("2023-01-01", "2023-01-31")),
    ],
)  # fmt: skip
def test_years_ago_day(
    nlp: Language, periods_of: PeriodsOf, text: str, value: float, expected: tuple[str, str]
) -> None:
    assert periods_of(nlp, text, P)[value] == expected
