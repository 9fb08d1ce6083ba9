""" "the previous financial year" after a comparison with the earlier level and its noun
between ("…, compared with 1,684 in the previous financial year") is the year before the one
stated just before, as after "than in" (``period_fiscal.COMPARED_REACH``, rule
``previous_financial_year_compared_level``). Every sentence is invented."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

UnitPeriodsOf = Callable[
    [Language, str, dt.date | None], list[tuple[float, str, tuple[str, str] | None]]
]
"""The ``unit_periods_of`` fixture (tests/statistics/conftest.py)."""

PUBLISHED = dt.date(2026, 10, 8)

ROWS = [
    pytest.param(
        "Officers recorded 2,940 thefts in 2025/26, compared with 2,615 in the previous "
        "financial year.",
        [(2940.0, "thefts", ("2025-04-01", "2026-03-31")),
         (2615.0, "thefts", ("2024-04-01", "2025-03-31"))],
        id="compared-with-level-in",
    ),
    pytest.param(
        "The unit seized 318 vehicles between April 2024 and March 2025, up from 1,207 "
        "vehicles in the previous financial year.",
        [(318.0, "vehicles", ("2024-04-01", "2025-03-31")),
         (1207.0, "vehicles", ("2023-04-01", "2024-03-31"))],
        id="up-from-level-and-noun-in",
    ),
    pytest.param(
        "Staff handled 7,300 calls in 2024/25, compared to 6,950 during the previous "
        "financial year.",
        [(7300.0, "calls", ("2024-04-01", "2025-03-31")),
         (6950.0, "calls", ("2023-04-01", "2024-03-31"))],
        id="compared-to-level-during",
    ),
    # near miss: no comparison before the phrase, so it is read against P (2025/26)
    pytest.param(
        "Officers recorded 2,940 thefts in 2024/25 and made 410 arrests in the previous "
        "financial year.",
        [(2940.0, "thefts", ("2024-04-01", "2025-03-31")),
         (410.0, "arrests", ("2025-04-01", "2026-03-31"))],
        id="near-miss-no-comparison",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_previous_financial_year_after_compared_level(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert unit_periods_of(nlp, text, PUBLISHED) == expected
