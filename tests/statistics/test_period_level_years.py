"""A change stated with two dated levels and a round span that restates them ("over the
past five years …, from 210 in 2019/20 to 340 in 2024/25") covers the levels' years
(:func:`pressfacts.statistics.period_comparisons.level_years`). Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

PUBLISHED = dt.date(2025, 10, 20)

ROWS = [
    pytest.param(
        "Over the past five years Gwent Police has seen a 62% rise in referrals, from 210 in "
        "2019/20 to 340 in 2024/25.",
        {62: ("2019-04-01", "2025-03-31")},
        id="past-years-and-two-financial-years",
    ),
    pytest.param(
        "In the last decade the charity saw calls treble, from 1,000 in 2014 to 3,000 in 2024.",
        {3: ("2014-01-01", "2024-12-31")},
        id="last-decade-and-two-calendar-years",
    ),
    # near misses: one dated year keeps the span it is measured over
    pytest.param(
        "Over the past five years Gwent Police has seen a 62% rise in referrals, from 210 to "
        "340 in 2024/25.",
        {62: ("2020-10-01", "2025-09-30")},
        id="one-dated-level",
    ),
    pytest.param(
        "Referrals rose by 30% between last year and this year.",
        {30: ("2024-01-01", "2025-10-20")},
        id="two-relative-periods",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_level_years(nlp: Language, periods_of: PeriodsOf, text: str, expected: dict) -> None:
    found = periods_of(nlp, text, PUBLISHED)
    assert {value: found.get(value) for value in expected} == expected
