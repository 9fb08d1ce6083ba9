""" "between 1 September and the end of February": a range from a day to a month's end
(rule ``day_to_month_end``, :mod:`pressfacts.statistics.period_ranges`), placed as a day
range is (across a year end; a year or a year relative to P stated after it), with near
misses. Sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import dated_phrases

P = dt.date(2026, 3, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gamekeepers logged 140 poaching reports between 1 October and the end of January.",
         [("between 1 October and the end of January", "2025-10-01", "2026-01-31")]),
        ("Officers stopped 52 vehicles from 6 April to the end of June 2025.",
         [("from 6 April to the end of June 2025", "2025-04-06", "2025-06-30")]),
        ("From August 15th until the end of November, 31 quad bikes were taken.",
         [("From August 15th until the end of November", "2025-08-15", "2025-11-30")]),
        ("Between 3 January and the end of February this year, 19 tractors were recovered.",
         [("Between 3 January and the end of February this year", "2026-01-03",
           "2026-02-28")]),
        ("Rangers found 27 fly-tips between 1 May and the end of July last year.",
         [("between 1 May and the end of July last year", "2025-05-01", "2025-07-31")]),
        # a range that would start after P is the latest one before it
        ("Wardens made 44 visits between 1 April and the end of June.",
         [("between 1 April and the end of June", "2025-04-01", "2025-06-30")]),
        # near misses: an end that is no month; a month with a day after it is a day range
        ("Officers made 12 arrests from 1 September to the end of the season.",
         [("1 September", "2025-09-01", "2025-09-01")]),
        ("Between 1 September and the end of term, 14 pupils were warned.",
         [("1 September", "2025-09-01", "2025-09-01")]),
        ("Between 1 September and 28 February, 412 reports came in.",
         [("Between 1 September and 28 February", "2025-09-01", "2026-02-28")]),
    ],
)  # fmt: skip
def test_a_day_to_a_month_end(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dated_phrases(text, P) == expected
