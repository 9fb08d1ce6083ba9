"""A count opening its own passive clause after ", and" is of the sentence's span, not
the yardstick's before it (rule ``new_count_subject``, pressfacts.statistics.period_count_clauses).
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
    pytest.param(
        "The charity surveyed 1,500 tenants in June. Nearly half said repairs were slow, and "
        "one in five had been refused a repair in the past year.",
        {
            1500: ("2025-06-01", "2025-06-30"),
            50: ("2025-06-01", "2025-06-30"),
            20: ("2024-09-01", "2025-08-31"),
        },
        id="word-share-clause",
    ),
    pytest.param(
        "Officers made 40 arrests in July, and nine people were charged in August.",
        {40: ("2025-07-01", "2025-07-31"), 9: ("2025-08-01", "2025-08-31")},
        id="word-count-clause",
    ),
    # near miss: a share in words with no passive verb of its own stays in the clause
    pytest.param(
        "The charity surveyed 1,500 tenants in June. Nearly half said repairs were slow in "
        "the past year, and one in five agreed.",
        {
            1500: ("2025-06-01", "2025-06-30"),
            50: ("2024-09-01", "2025-08-31"),
            20: ("2024-09-01", "2025-08-31"),
        },
        id="word-share-no-passive",
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
