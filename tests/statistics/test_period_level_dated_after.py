"""A change against "the year before" that reached a level its sentence dates right after
it covers that year-long period and the one before it (rule ``level_dated_after`` of
``period_change_levels``), not the period of the sentence before; the level keeps its own
period. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 10, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kent Police arrested 38 people in the year to June 2025. Referrals rose by 14% "
            "on the year before, to 1,146 in 2024/25.",
            {
                38: ("2024-07-01", "2025-06-30"),
                14: ("2023-04-01", "2025-03-31"),
                1146: ("2024-04-01", "2025-03-31"),
            },
            id="financial-year-after-the-level",
        ),
        pytest.param(
            "Burglaries in Kent climbed by 9% on the year before, to 2,310 in 2024.",
            {9: ("2023-01-01", "2024-12-31"), 2310: ("2024-01-01", "2024-12-31")},
            id="calendar-year-after-the-level",
        ),
        pytest.param(
            "Kent Police arrested 38 people in 2023. Thefts rose by 12% on the previous year "
            "to 410 thefts last year.",
            {
                38: ("2023-01-01", "2023-12-31"),
                12: ("2023-01-01", "2024-12-31"),
                410: ("2024-01-01", "2024-12-31"),
            },
            id="relative-year-after-the-level",
        ),
        # near miss: a level dated by a month is no year against the year before
        pytest.param(
            "Thefts in Kent rose by 12% on the year before, to 410 in August.",
            {12: ("2024-01-01", "2025-08-31"), 410: ("2025-08-01", "2025-08-31")},
            id="month-after-the-level",
        ),
    ],
)
def test_level_dated_after(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    assert periods_of(nlp, text, P) == expected
