"""A change held against a year with "from" right after its percentage ("a fall of 11% from
2023", "up 9 per cent from 2022") covers the yardstick year and the year of the figure
(rule `baseline_from`); "from 2023 to 2024" stays a range.

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

PeriodsOf = Callable[[Language, str, dt.date | None], dict[float, tuple[str, str] | None]]
"""The ``periods_of`` fixture (tests/statistics/conftest.py)."""

P = dt.date(2025, 6, 10)

CASES: dict[str, tuple[str, dict[float, tuple[str, str] | None]]] = {
    "a_fall_of_from_year": (
        "Officers recorded 640 thefts in Bedford in 2024, a fall of 14% from 2023.",
        {640: ("2024-01-01", "2024-12-31"), 14: ("2023-01-01", "2024-12-31")},
    ),
    "up_per_cent_from_year": (
        "Durham Constabulary seized 212 knives in 2024, up 18 per cent from 2022.",
        {212: ("2024-01-01", "2024-12-31"), 18: ("2022-01-01", "2024-12-31")},
    ),
    # near miss: a range after the percentage stays a range
    "from_year_to_year_is_a_range": (
        "Shoplifting in Stafford rose 21% from 2022 to 2024.",
        {21: ("2022-01-01", "2024-12-31")},
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_baseline_from(nlp: Language, periods_of: PeriodsOf, case: str) -> None:
    text, expected = CASES[case]
    assert periods_of(nlp, text, P) == expected
