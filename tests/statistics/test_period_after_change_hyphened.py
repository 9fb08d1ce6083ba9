"""A clause opened by " after" or ", as" whose subject holds hyphenated words and whose
verb is a change is a clause of its own (``period_clauses.CLAUSE_BREAK``, rule
``after_change_hyphened_subject``): its period dates its change, not the figures of the main
clause before it ("awarded £120,000 …, after cost-of-living scams rose by 40% in 2025").
Every sentence is invented."""

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

ROWS = [
    pytest.param(
        "The council has hired 12 extra wardens after fly-tipping reports rose by 30% in 2025.",
        [(12.0, "wardens", None), (30.0, "percent", YEAR_2025)],
        id="after-hyphened-subject-rose",
    ),
    pytest.param(
        "Gwent's commissioner has given £80,000 to the charity, after reports of "
        "cost-of-living scams in the county fell by 12% in 2025.",
        [(80000.0, "pounds", None), (12.0, "percent", YEAR_2025)],
        id="after-cost-of-living-fell",
    ),
    pytest.param(
        "Dyfed-Powys Police has trained 40 officers, as e-scooter thefts doubled in 2025.",
        [(40.0, "officers", None), (2.0, "times", YEAR_2025)],
        id="as-hyphened-subject-doubled",
    ),
    # near misses: no change verb after "after"; the main clause keeps its own period
    pytest.param(
        "Officers seized 14 e-bikes after a follow-up raid in 2025.",
        [(14.0, "e-bikes", YEAR_2025)],
        id="near-miss-no-change-verb",
    ),
    pytest.param(
        "In 2025 the council hired 12 wardens after fly-tipping reports rose by 30%.",
        [(12.0, "wardens", YEAR_2025), (30.0, "percent", YEAR_2025)],
        id="near-miss-main-clause-dated",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_after_change_clause_with_hyphened_subject(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert unit_periods_of(nlp, text, PUBLISHED) == expected
