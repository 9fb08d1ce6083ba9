"""A grant is counted in financial years as a budget is: "an increase of £20,000 on last
year's grant" after a figure of 2026/27 compares 2025/26 with 2026/27 (``relative_year``
reads "last year's grant" as "last year's budget"; ``BUDGET_WORDS`` of
:mod:`pressfacts.statistics.period_budget_years` holds "grant"). Sentences invented for the
test, with near misses."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 7, 15)
FY = ("2026-04-01", "2027-03-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The commissioner has set aside £85,000 in 2026/27 to tackle metal theft, an "
            "increase of £20,000 on last year's grant.",
            {85000: FY, 20000: ("2025-04-01", "2027-03-31")},
            id="increase-on-last-years-grant",
        ),
        pytest.param(
            "The fund gives £5,000 for 2026/27, up from £4,000 in last year's grant.",
            {5000: FY, 4000: ("2025-04-01", "2026-03-31")},
            id="up-from-last-years-grant",
        ),
        # near misses: no financial year named; grants counted, not a grant's year
        pytest.param(
            "The charity received a grant of £5,000 last year.",
            {5000: ("2025-01-01", "2025-12-31")},
            id="calendar-last-year",
        ),
        pytest.param(
            "The force made 40 grants last year, compared with 30 in 2023.",
            {40: ("2025-01-01", "2025-12-31"), 30: ("2023-01-01", "2023-12-31")},
            id="grants-counted",
        ),
    ],
)
def test_last_years_grant_is_a_financial_year(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
