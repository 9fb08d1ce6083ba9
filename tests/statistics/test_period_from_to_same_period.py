"""The first level of "from X to Y over the same period" after twelve whole months is the
level a year before (rule ``from_to_same_period``, ``period_range_levels._FROM_THEN_TO_SAME``).

"Officers dealt with 4,730 incidents in 2025 … Assaults fell from 296 to 241 over the same
period": 241 is 2025's and 296 the year before's, as "rose to 14.2% over the same period,
from 11.8%" reads. Sentences written for these tests; near misses keep the span.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 2, 19)

CASES: list[tuple[str, dict[float, tuple[str, str] | None]]] = [
    (
        "Officers dealt with 4,730 incidents in Kent in 2025. The figure is down 8% on 2024. "
        "Assaults on staff fell from 296 to 241 over the same period.",
        {
            4730: ("2025-01-01", "2025-12-31"),
            8: ("2024-01-01", "2025-12-31"),
            296: ("2024-01-01", "2024-12-31"),
            241: ("2025-01-01", "2025-12-31"),
        },
    ),
    (
        "Wardens issued 1,200 fines in 2024/25. Appeals rose from 96 to 141 in the same period.",
        {
            1200: ("2024-04-01", "2025-03-31"),
            96: ("2023-04-01", "2024-03-31"),
            141: ("2024-04-01", "2025-03-31"),
        },
    ),
]

NEAR_MISSES: list[tuple[str, dict[float, tuple[str, str] | None]]] = [
    # no twelve whole months before: both levels keep the span
    (
        "Officers dealt with 470 incidents between April and September. Assaults fell from 40 "
        "to 30 over the same period.",
        {
            470: ("2025-04-01", "2025-09-30"),
            40: ("2025-04-01", "2025-09-30"),
            30: ("2025-04-01", "2025-09-30"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES + NEAR_MISSES)
def test_from_to_same_period(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
