""" "The same period last year" after a span stated in a year before P's last year is that
span's months in P's last year: "last year" names the year (rule
``same_period_in_last_year`` of ``same_period_last_year``). Every sentence is invented for
the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2027, 3, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Burglaries in Leeds fell from 120 between July and September 2025 to 95 in the "
            "same period last year, police said.",
            {120: ("2025-07-01", "2025-09-30"), 95: ("2026-07-01", "2026-09-30")},
            id="from-to-months",
        ),
        pytest.param(
            "Thefts from shops in Bristol rose from 310 in the first quarter of 2025 to 402 in "
            "the same period of last year.",
            {310: ("2025-01-01", "2025-03-31"), 402: ("2026-01-01", "2026-03-31")},
            id="quarter-of-last-year",
        ),
        pytest.param(
            "Anti-social behaviour reports in Wrexham dropped from 640 in May and June 2025 "
            "to 515 during the same two months last year.",
            {640: ("2025-05-01", "2025-06-30"), 515: ("2026-05-01", "2026-06-30")},
            id="same-two-months",
        ),
        # near misses: the span stated is in P's last year (a year before it, as ever); "a
        # year earlier" names no year; a financial year moved would end after P
        pytest.param(
            "Burglaries in Leeds numbered 95 between July and September 2026, up from 120 in "
            "the same period last year.",
            {95: ("2026-07-01", "2026-09-30"), 120: ("2025-07-01", "2025-09-30")},
            id="near-miss-span-in-last-year",
        ),
        pytest.param(
            "Thefts in Bristol rose from 310 in the first quarter of 2025 to 402 a year earlier.",
            {310: ("2025-01-01", "2025-03-31"), 402: ("2024-01-01", "2024-03-31")},
            id="near-miss-a-year-earlier",
        ),
        pytest.param(
            "In 2024/25 there were 310 thefts in Bristol, compared with 402 in the same period "
            "last year.",
            {310: ("2024-04-01", "2025-03-31"), 402: ("2023-04-01", "2024-03-31")},
            id="near-miss-moved-after-p",
        ),
    ],
)
def test_the_same_period_last_year_after_an_older_span(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
