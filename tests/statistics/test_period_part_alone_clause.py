"""A part of the figure before it whose span is singled out with "alone" (", 22 of them on 16
May alone", ", half of those in March alone") is a clause of its own (rule
``part_alone_clause``, ``period_own_clauses.PART_ALONE_CLAUSE``): the span is the part's,
and the whole before it does not take it. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 10, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers made 48 arrests at the marches, 19 of them on 6 September alone.",
            {48: None, 19: ("2025-09-06", "2025-09-06")},
        ),
        (
            "Stewards logged 210 complaints about the rallies, half of those in August alone.",
            {210: None, 50: ("2025-08-01", "2025-08-31")},
        ),
        (
            "The force issued 90 dispersal orders in 2024, 31 of them in July alone.",
            {90: ("2024-01-01", "2024-12-31"), 31: ("2024-07-01", "2024-07-31")},
        ),
        # near misses: no "alone" (the span is both figures'); "alone" after a place
        (
            "Officers made 48 arrests, 19 of them in September.",
            {48: ("2025-09-01", "2025-09-30"), 19: ("2025-09-01", "2025-09-30")},
        ),
        (
            "Officers made 48 arrests in September, 19 of them in Leeds alone.",
            {48: ("2025-09-01", "2025-09-30"), 19: ("2025-09-01", "2025-09-30")},
        ),
    ],
)
def test_period_part_alone_clause(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
