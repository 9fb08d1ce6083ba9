"""A count right after a crowd or gathering noun and "of" is that body's size
(:data:`pressfacts.statistics.collective_subjects.COLLECTIVE_OF`, unit rule
``collective-subject``): "its new capacity of 15,000", "a crowd of 40,000" count people;
a noun after the count is its own unit (sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2026, 7, 29)
Y2025 = ("2025-01-01", "2025-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The show near Ludlow ran at its new capacity of 15,000 for the first time, up "
         "from 12,000 in 2025.",
         [(15000, "people", None), (12000, "people", Y2025)]),
        ("The festival in Derby drew a crowd of 40,000.",
         [(40000, "people", None)]),
        ("The rally in Cardiff had a turnout of about 2,000.",
         [(2000, "people", None)]),
        # near misses: a noun of its own after the count; no "of" before it
        ("The car park in Derby has a capacity of 500 vehicles.",
         [(500, "vehicles", None)]),
        ("The festival in Derby drew a crowd of 40 youths.",
         [(40, "youths", None)]),
        ("The festival in Derby sold out, its capacity raised to 15,000 tickets.",
         [(15000, "tickets", None)]),
    ],
)  # fmt: skip
def test_collective_of_count(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
