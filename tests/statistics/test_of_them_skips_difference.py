"""A count "of them" after a difference ("about 400 more than in 2024") is a part of the
count the difference is measured on, not of the difference: it takes that count's span
(``part_wholes.clause_whole``, rule ``of_them_skips_difference``). Sentences invented for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 2, 10)
LAST_YEAR = ("2025-01-01", "2025-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Suffolk Police made 1,340 arrests last year, about 400 more than in 2024, and "
         "neighbourhood teams made 520 of them.",
         {1340: LAST_YEAR, 520: LAST_YEAR}),
        ("Staff at the charity answered 2,860 calls last year, 310 fewer than in 2024, and "
         "volunteers took 900 of them.",
         {2860: LAST_YEAR, 900: LAST_YEAR}),
        ("Carers registered 640 forms in 2025, an increase of 85 on 2024, and care homes "
         "filled in 210 of those.",
         {640: LAST_YEAR, 210: LAST_YEAR}),
        # near misses: no difference between the count and its part; a part of the earlier
        # year's own count stays in that year
        ("Officers seized 300 knives last year, and 120 of them were found in cars.",
         {300: LAST_YEAR, 120: LAST_YEAR}),
        ("In 2024, officers seized 210 knives, and 90 of them were found in cars.",
         {210: ("2024-01-01", "2024-12-31"), 90: ("2024-01-01", "2024-12-31")}),
    ],
)  # fmt: skip
def test_of_them_skips_a_difference(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    found = periods_of(nlp, text, P)
    assert {value: found.get(value) for value in expected} == expected
