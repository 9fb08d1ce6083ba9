"""A plan ("is to fund", "will open", "plans to") then an " after" clause telling the past
change that led to it: the plan's period dates the plan, not the change, so the change takes
no period stated before its " after" (``period_clauses.PLAN_BEFORE_AFTER_CHANGE``, rule
``plan_before_after_change``). Every sentence is invented."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

UnitPeriodsOf = Callable[
    [Language, str, dt.date | None], list[tuple[float, str, tuple[str, str] | None]]
]
"""The ``unit_periods_of`` fixture (tests/statistics/conftest.py)."""

PUBLISHED = dt.date(2026, 10, 21)
YEAR_2025 = ("2025-01-01", "2025-12-31")
YEAR_2027 = ("2027-01-01", "2027-12-31")
FINANCIAL_2027 = ("2027-04-01", "2028-03-31")

ROWS = [
    pytest.param(
        "Durham's commissioner is to fund six more wardens in 2027/28 after scams in the "
        "county rose by 14%.",
        [(6.0, "wardens", FINANCIAL_2027), (14.0, "percent", None)],
        id="is-to-fund-after-rose",
    ),
    pytest.param(
        "Somerset Council will open 25 new zones in 2027 after doorstep thefts fell by 30%.",
        [(25.0, "zones", YEAR_2027), (30.0, "percent", None)],
        id="will-open-after-fell",
    ),
    # near misses: no plan (a deed done keeps its year for the change after it)
    pytest.param(
        "The council hired 12 wardens in 2025 after fly-tipping reports rose by 30%.",
        [(12.0, "wardens", YEAR_2025), (30.0, "percent", YEAR_2025)],
        id="near-miss-deed-done",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_plan_before_after_change(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert unit_periods_of(nlp, text, PUBLISHED) == expected
