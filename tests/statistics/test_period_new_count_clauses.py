"""A count opening its own passive clause after ", and" is of the sentence's span, not
the yardstick's before it (rule ``new_count_subject``, pressfacts.statistics.period_clauses).
Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

PUBLISHED = dt.date(2025, 9, 2)

ROWS = [
    pytest.param(
        "Wardens issued 96 fines in 2023/24, compared with 70 the year before, and 12 drivers "
        "were taken to court.",
        {
            96: ("2023-04-01", "2024-03-31"),
            70: ("2022-04-01", "2023-03-31"),
            12: ("2023-04-01", "2024-03-31"),
        },
        id="new-count-after-yardstick",
    ),
    pytest.param(
        "Officers seized 140 bikes in 2024/25, up from 96 the year before, and 31 riders "
        "who refused to stop were charged.",
        {
            140: ("2024-04-01", "2025-03-31"),
            96: ("2023-04-01", "2024-03-31"),
            31: ("2024-04-01", "2025-03-31"),
        },
        id="new-count-with-relative-clause",
    ),
    # near miss: a yardstick's own second level (no passive clause)
    pytest.param(
        "Officers seized 140 bikes in 2024/25, up from 96 the year before, and 31 more than "
        "in 2022/23.",
        {
            140: ("2024-04-01", "2025-03-31"),
            96: ("2023-04-01", "2024-03-31"),
            31: ("2022-04-01", "2025-03-31"),
        },
        id="no-passive-clause",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_clause_counts(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    """{value: period} of each figure."""
    assert periods_of(nlp, text, PUBLISHED) == expected
