"""A change between a level dated by a back-reference ("in the same six months") and an
earlier level with a span of its own covers both spans (rule ``restated_later_level`` of
``SPAN_RULES``). Sentences invented for these tests, with near misses: a change over the
restated span alone, and a change with no earlier level."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

PeriodsOf = Callable[[Language, str, dt.date | None], dict[float, tuple[str, str] | None]]
"""The ``periods_of`` fixture (tests/statistics/conftest.py)."""

P = dt.date(2025, 10, 9)

CASES = [
    (
        "Officers in Kendal made 52 arrests between April and June. Burglaries fell to 140 in "
        "the same three months, down from 175 between April and June last year, a drop of 20%.",
        {52: ("2025-04-01", "2025-06-30"), 140: ("2025-04-01", "2025-06-30"),
         175: ("2024-04-01", "2024-06-30"), 20: ("2024-04-01", "2025-06-30")},
    ),
    (
        "Wardens in Luton issued 310 fines between April and September. Reports of graffiti "
        "fell to 96 in the same six months, from 128 between April and September last year, "
        "a fall of 25%.",
        {310: ("2025-04-01", "2025-09-30"), 96: ("2025-04-01", "2025-09-30"),
         128: ("2024-04-01", "2024-09-30"), 25: ("2024-04-01", "2025-09-30")},
    ),
    # near misses: a change over the restated span alone; no earlier level stated
    (
        "Wardens in Luton issued 310 fines between April and September. Complaints fell by "
        "25% in the same six months.",
        {310: ("2025-04-01", "2025-09-30"), 25: ("2025-04-01", "2025-09-30")},
    ),
    (
        "Officers in Kendal made 52 arrests between April and June. In the same three months "
        "burglaries fell by 20%, and 30 bikes were recovered between April and June last year.",
        {52: ("2025-04-01", "2025-06-30"), 20: ("2025-04-01", "2025-06-30"),
         30: ("2024-04-01", "2024-06-30")},
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_restated_later_level(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    assert periods_of(nlp, text, P) == expected
