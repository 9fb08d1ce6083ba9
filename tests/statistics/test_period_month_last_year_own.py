"""A month of last year in a sentence that compares nothing is the span of that sentence's
figures, each of them: "Wardens issued 610 parking tickets in March last year and towed 48
cars" dates the 48 March's too, not the span stated in the sentences before (rule
``month_last_year_own_span`` of ``period_month_years.COMPARISON_WORDS``). Near misses: a
month of last year after "up from", "compared with", "than" or "on" stays a yardstick, and
the span stated before is what later words point back to. Every sentence is invented for the
test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 9, 14)
LEAD = ("2026-01-01", "2026-06-30")
MARCH = ("2025-03-01", "2025-03-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Wardens issued 2,300 parking tickets in the first half of 2026. "
            "They issued 610 tickets in March last year and towed 48 cars.",
            {2300: LEAD, 610: MARCH, 48: MARCH},
            id="coordinated-verb",
        ),
        pytest.param(
            "Rangers recorded 530 fly-tipping reports in the first half of 2026. "
            "During March last year they cleared 212 sites, about 30% of them on farmland.",
            {530: LEAD, 212: MARCH, 30: MARCH},
            id="month-first-and-a-share",
        ),
        pytest.param(
            "Patrols checked 1,150 boats in the first half of 2026. "
            "Officers boarded 96 boats in March last year, and 14 skippers were fined.",
            {1150: LEAD, 96: MARCH, 14: MARCH},
            id="clause-after-comma",
        ),
        # near misses: a month of last year as a comparison's yardstick
        pytest.param(
            "Wardens issued 2,300 parking tickets in the first half of 2026. "
            "In June they issued 410, up from 380 in March last year.",
            {2300: LEAD, 380: MARCH},
            id="up-from-yardstick",
        ),
        pytest.param(
            "Wardens issued 2,300 parking tickets in the first half of 2026, "
            "compared with 1,900 in March last year.",
            {2300: LEAD, 1900: MARCH},
            id="compared-with-yardstick",
        ),
    ],
)
def test_a_month_of_last_year_dates_its_sentence(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    found = periods_of(nlp, text, P)
    assert {value: found.get(value) for value in expected} == expected
