"""A level whose sentence opens on a time phrase ending in a year, with no comma before the
subject, counts that subject (``level_subjects.YEAR_OPENING``, rule
``subject_after_year_opening``): "In 2024 burglaries fell from 52 to 30" had given no unit
and no figure. Every sentence is invented; the near misses are a phrase with no year (no
subject read past it) and a count with a noun of its own."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

UnitPeriodsOf = Callable[
    [Language, str, dt.date | None], list[tuple[float, str, tuple[str, str] | None]]
]
"""The ``unit_periods_of`` fixture (tests/statistics/conftest.py)."""

PUBLISHED = dt.date(2025, 10, 15)
YEAR_2024 = ("2024-01-01", "2024-12-31")

ROWS = [
    pytest.param(
        "In 2024 burglaries of shops in Stoke fell from 52 to 30.",
        [(52.0, "burglaries", YEAR_2024), (30.0, "burglaries", YEAR_2024)],
        id="in-a-year-from-to",
    ),
    pytest.param(
        "In the year to March 2025 cash machine attacks rose to 17.",
        [(17.0, "attacks", ("2024-04-01", "2025-03-31"))],
        id="year-to-a-month",
    ),
    pytest.param(
        "During 2024/25 thefts from vans reached 640.",
        [(640.0, "thefts", ("2024-04-01", "2025-03-31"))],
        id="financial-year",
    ),
    # near misses: no year in the opening phrase; a noun of its own after the count
    pytest.param("In the town centre burglaries fell from 52 to 30.", [], id="no-year"),
    pytest.param("In 2024 officers seized 12 vans.", [(12.0, "vans", YEAR_2024)], id="noun-after"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_subject_after_a_year_opening(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert unit_periods_of(nlp, text, PUBLISHED) == expected
