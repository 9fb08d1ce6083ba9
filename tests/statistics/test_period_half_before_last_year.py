""" "The first half of the (financial) year" with a "last year" yardstick after it in its
sentence is a half of the publication's year, not of a year stated before (rule
``half_before_last_year`` of ``period_parts.resolve_half_year``). Sentences invented for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

PUBLISHED = dt.date(2025, 10, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Nationally, forces recorded 52,000 thefts in 2023/24. Reports in Hull rose to "
            "1,830 in the first half of the financial year, compared with 1,502 in the same "
            "period last year.",
            {
                52000: ("2023-04-01", "2024-03-31"),
                1830: ("2025-04-01", "2025-09-30"),
                1502: ("2024-04-01", "2024-09-30"),
            },
            id="financial-year",
        ),
        pytest.param(
            "In 2023, the charity answered 9,100 calls. It took 4,870 calls in the first half "
            "of the year, up from 4,200 in the first half of last year.",
            {
                9100: ("2023-01-01", "2023-12-31"),
                4870: ("2025-01-01", "2025-06-30"),
                4200: ("2024-01-01", "2024-06-30"),
            },
            id="calendar-year",
        ),
        # near miss: no "last year" after it: the half of the year stated before
        pytest.param(
            "Nationally, forces recorded 52,000 thefts in 2023/24. In the first half of the "
            "year, 24,100 were recorded.",
            {52000: ("2023-04-01", "2024-03-31"), 24100: ("2023-04-01", "2023-09-30")},
            id="year-stated-before",
        ),
    ],
)
def test_half_before_last_year(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, PUBLISHED) == expected
