""" "the same six months of last year" is the span before repeated a year earlier, as "the
same six months last year" is (rule ``same_period_last_year``); "last year" alone stays
the whole year. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 11, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Advisers in Bolton handled 410 scam cases between March and August, up from 300 "
            "in the same six months of last year.",
            {410: ("2026-03-01", "2026-08-31"), 300: ("2025-03-01", "2025-08-31")},
            id="same-six-months-of-last-year",
        ),
        pytest.param(
            "Durham Police made 75 arrests between May and July, compared with 52 in the same "
            "period of last year.",
            {75: ("2026-05-01", "2026-07-31"), 52: ("2025-05-01", "2025-07-31")},
            id="same-period-of-last-year",
        ),
        pytest.param(  # near miss: "of last year" with no "same": the whole year
            "Durham Police made 75 arrests between May and July, and 52 over the whole of "
            "last year.",
            {75: ("2026-05-01", "2026-07-31"), 52: ("2025-01-01", "2025-12-31")},
            id="whole-of-last-year",
        ),
    ],
)
def test_the_same_span_of_last_year(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    assert periods_of(nlp, text, P) == expected
