"""A bare split year ("2023/24") is a financial year, but a school year (September to
August) when its sentence speaks of school years or school exclusions (rule
`school_year_cue`: ``period_terms.SCHOOL_YEAR_CUES``), unless the sentence speaks of money.

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

PeriodsOf = Callable[[Language, str, dt.date | None], dict[float, tuple[str, str] | None]]
"""The ``periods_of`` fixture (tests/statistics/conftest.py)."""

P = dt.date(2025, 11, 3)

CASES: dict[str, tuple[str, dict[float, tuple[str, str] | None]]] = {
    "permanent_exclusions_rose_to": (
        "Permanent exclusions in Cumbria rose to 133 in 2022/23, up from 98 in 2021/22.",
        {133: ("2022-09-01", "2023-08-31"), 98: ("2021-09-01", "2022-08-31")},
    ),
    "fixed_term_exclusions": (
        "Schools in Hull issued 2,210 fixed-term exclusions in 2023-24.",
        {2210: ("2023-09-01", "2024-08-31")},
    ),
    "pupils_permanently_excluded": (
        "In Dudley, 47 pupils were permanently excluded in 2023/2024.",
        {47: ("2023-09-01", "2024-08-31")},
    ),
    "previous_academic_year_later_in_sentence": (
        "Staff logged 64 bullying reports in Rochdale schools in 2024/25, up from 52 the "
        "previous academic year.",
        {64: ("2024-09-01", "2025-08-31"), 52: ("2023-09-01", "2024-08-31")},
    ),
    # near misses: money or a budget keeps the financial year; no cue, no school year
    "exclusions_with_money_stay_financial": (
        "The council spent £380,000 on reducing permanent exclusions in 2023/24.",
        {380000: ("2023-04-01", "2024-03-31")},
    ),
    "no_cue_stays_financial": (
        "Officers made 1,420 arrests for drug supply in Wigan in 2023/24.",
        {1420: ("2023-04-01", "2024-03-31")},
    ),
    "social_exclusion_is_no_cue": (
        "The charity supported 620 people facing social exclusion in 2023/24.",
        {620: ("2023-04-01", "2024-03-31")},
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bare_school_years(nlp: Language, periods_of: PeriodsOf, case: str) -> None:
    text, expected = CASES[case]
    assert periods_of(nlp, text, P) == expected
