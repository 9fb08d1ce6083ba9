"""A sentence telling a trend by a verb of multiplying ("Over the past five years, the
number of … has doubled.") dates that trend only: the paragraphs after it take the period
stated before it (:func:`pressfacts.statistics.period_clauses.trend_only`). Sentences
invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

PUBLISHED = dt.date(2025, 11, 12)
YEAR = ("2024-04-01", "2025-03-31")

ROWS = [
    pytest.param(
        "Barnardo's supported 3,100 children in Wales in 2024/25.\n\nOver the past five years, "
        "the number of children it supports has almost doubled.\n\nIn Cardiff, staff supported "
        "820 children.",
        {3100: YEAR, 820: YEAR},
        id="almost-doubled",
    ),
    pytest.param(
        "Police Scotland recorded 4,400 thefts in Fife in 2024/25.\n\nOver the last 10 years "
        "thefts of bikes have halved.\n\nIn Dunfermline, officers recorded 1,300 thefts.",
        {1300: YEAR},
        id="halved-with-a-span-in-digits",
    ),
    # near misses: a sentence stating a figure in digits keeps its own span as the main one
    pytest.param(
        "Police Scotland recorded 4,400 thefts in Fife in 2024/25.\n\nOver the past five years "
        "thefts have doubled to 9,000.\n\nIn Dunfermline, officers recorded 1,300 thefts.",
        {1300: ("2020-11-01", "2025-10-31")},
        id="a-level-beside-the-trend",
    ),
    pytest.param(
        "Police Scotland recorded 4,400 thefts in Fife in 2024/25.\n\nOver the past five years "
        "thefts rose sharply.\n\nIn Dunfermline, officers recorded 1,300 thefts.",
        {1300: ("2020-11-01", "2025-10-31")},
        id="no-verb-of-multiplying",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_trend_spans(nlp: Language, periods_of: PeriodsOf, text: str, expected: dict) -> None:
    found = periods_of(nlp, text, PUBLISHED)
    assert {value: found.get(value) for value in expected} == expected
