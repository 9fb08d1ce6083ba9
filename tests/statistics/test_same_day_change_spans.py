"""A change measured against "the same date last year" after a stock counted on a day
covers both days, from that day a year earlier to the day itself; the earlier level takes
the earlier day alone (rule ``same_day_change_span`` of ``snapshot_same_day_last_year`` in
``snapshot_days``). Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 6, 9)
DAY = ("2026-03-31", "2026-03-31")
YEAR_EARLIER = ("2025-03-31", "2025-03-31")
BOTH = ("2025-03-31", "2026-03-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kent Police had 3,904 officers on 31 March. The total is up 5% on the same date "
            "last year, when the force had 3,718 officers.",
            {3904: DAY, 5: BOTH, 3718: YEAR_EARLIER},
            id="percent-up-on-the-same-date-last-year",
        ),
        pytest.param(
            "Lincolnshire Police had 1,120 officers on 31 March, 64 more than on the same day a "
            "year earlier.",
            {1120: DAY, 64: BOTH},
            id="count-more-than-the-same-day-a-year-earlier",
        ),
        pytest.param(
            "There were 440 PCSOs in Essex on 31 March, a fall of 3% on the same date a year "
            "before.",
            {440: DAY, 3: BOTH},
            id="fall-on-the-same-date-a-year-before",
        ),
        # near misses: a level against the same date keeps its day; no stock before it
        pytest.param(
            "Dorset Police had 1,402 officers on 31 March, compared with 1,380 on the same date "
            "last year.",
            {1402: DAY, 1380: YEAR_EARLIER},
            id="level-compared-keeps-the-earlier-day",
        ),
        pytest.param(
            "The team made 40 arrests, up from 31 on the same date last year.",
            {40: None, 31: None},
            id="no-stock-before",
        ),
    ],
)
def test_a_change_against_the_same_date_last_year(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected
