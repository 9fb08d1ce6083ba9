""" "next year" is the calendar year after P, as "last year" is the one before (period rule
``next_year`` of :mod:`pressfacts.statistics.period_plans`); not "by next year" (a
deadline) nor "next year's" (a possessive). Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

PUBLISHED = dt.date(2025, 10, 20)
NEXT = ("2026-01-01", "2026-12-31")

ROWS = [
    pytest.param(
        "The council said £25,000 would be set aside next year for youth clubs.",
        {25000: NEXT},
        id="next-year",
    ),
    pytest.param(
        "Next year the charity will train 300 volunteers in Swansea.",
        {300: NEXT},
        id="next-year-opening",
    ),
    # near misses
    pytest.param(
        "The force aims to recruit 40 officers by next year.",
        {40: None},
        id="by-next-year",
    ),
    pytest.param(
        "The commissioner set aside £25,000 in next year's budget.",
        {25000: None},
        id="next-year-s",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_next_year(nlp: Language, periods_of: PeriodsOf, text: str, expected: dict) -> None:
    found = periods_of(nlp, text, PUBLISHED)
    assert {value: found.get(value) for value in expected} == expected
