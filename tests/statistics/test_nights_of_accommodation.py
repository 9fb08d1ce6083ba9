"""Nights of accommodation, shelter or refuge provided are a count, not a duration ("96,310
nights of safe house accommodation", "up to 500 nights of emergency shelter": the guard
built from ``duration_guards.STAY_NOUNS``); "three nights in a hotel" and "over two nights"
stay durations. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2026, 7, 30)
YEAR = ("2025-01-01", "2025-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The charity provided 96,310 nights of safe house accommodation in 2025.",
         [(96310, "nights", YEAR)]),
        ("The grant pays for up to 500 nights of emergency accommodation.",
         [(500, "nights", None)]),
        ("The refuge offered 40 nights of shelter in 2025.", [(40, "nights", YEAR)]),
        ("Hostels gave 1,200 nights of emergency housing in 2025.", [(1200, "nights", YEAR)]),
        # near misses: nights that are how long something lasted
        ("She stayed for three nights in a hotel in 2025.", []),
        ("The men were held over two nights in 2025.", []),
        ("Officers patrolled for four nights of the festival in 2025.", []),
    ],
)  # fmt: skip
def test_nights_of_accommodation(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
