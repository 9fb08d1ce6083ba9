"""A workforce's headcount that rose or fell "by N to M" over a year-long span changed over
that span alone, not against the year before it (``WORKFORCE_STOCK`` in
``period_change_levels``; sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 6, 10)


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        (
            "In Gwent, officer numbers rose by 64 to 1,520 over the past year.",
            64,
            ("2024-06-01", "2025-05-31"),
        ),
        (
            "PCSO numbers fell by 21 to 180 in 2024/25, Essex Police said.",
            21,
            ("2024-04-01", "2025-03-31"),
        ),
        (
            "The force's headcount has grown by 3% to 2,210 over the last 12 months.",
            3,
            ("2024-06-01", "2025-05-31"),
        ),
    ],
)
def test_a_workforce_change_covers_its_own_span(
    nlp: Language, periods_of: PeriodsOf, text: str, value: float, expected: tuple[str, str]
) -> None:
    assert periods_of(nlp, text, P)[value] == expected


def test_a_years_count_still_compares_with_the_year_before(
    nlp: Language, periods_of: PeriodsOf
) -> None:
    # near miss: a year's count (a flow) reached, not a headcount
    text = "Recorded burglaries in Gwent fell by 9% to 2,140 in 2024."
    assert periods_of(nlp, text, P)[9] == ("2023-01-01", "2024-12-31")
