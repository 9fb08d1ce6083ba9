""" "over the next year", "during the coming year" are the 12 whole months after P's month
(period rule ``the_next_year`` of :mod:`pressfacts.statistics.period_plans`), not the
calendar or financial year after P that bare "next year" names; not "the next year's" (a
possessive). Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

PUBLISHED = dt.date(2025, 10, 20)
AFTER = ("2025-11-01", "2026-10-31")

ROWS = [
    pytest.param(
        "Southeastern said it would spend £90,000 on brighter lighting at 8 stations in Kent"
        " over the next year.",
        {90000: AFTER, 8: AFTER},
        id="spend-over-the-next-year",
    ),
    pytest.param(
        "The charity expects to support 450 victims in Norfolk during the coming year.",
        {450: AFTER},
        id="during-the-coming-year",
    ),
    pytest.param(
        "Officers will carry out 120 patrols across Derby in the next year.",
        {120: AFTER},
        id="in-the-next-year",
    ),
    pytest.param(
        "The PCC announced that she will spend £40,000 on patrols in Ely in the year ahead.",
        {40000: AFTER},
        id="in-the-year-ahead",
    ),
    # near misses
    pytest.param(
        "The council said £25,000 would be set aside next year for youth clubs.",
        {25000: ("2026-01-01", "2026-12-31")},
        id="bare-next-year-stays-calendar",
    ),
    pytest.param(
        "The force will fund 60 posts in the next year's budget.",
        {60: None},
        id="the-next-year-s",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_the_next_year(nlp: Language, periods_of: PeriodsOf, text: str, expected: dict) -> None:
    found = periods_of(nlp, text, PUBLISHED)
    assert {value: found.get(value) for value in expected} == expected
