"""A level after a "with" clause that has its own plural subject and a change in the
gerund ("Ellesmere Port bucked the trend, with reports rising by 4% to 642") counts that
subject, not the sentence's (``subject_nouns.WITH_CHANGE_THEN_LEVEL``, rule
``with_change_then_level``; the ``subject-noun`` unit rule yields to it). Every sentence
is invented."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

from pressfacts.statistics.level_subjects import level_subject

UnitPeriodsOf = Callable[
    [Language, str, dt.date | None], list[tuple[float, str, tuple[str, str] | None]]
]
"""The ``unit_periods_of`` fixture (tests/statistics/conftest.py)."""


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("Frodsham bucked the trend, with reports rising by 4% to ", "reports"),
        ("Thefts fell, with burglaries falling by 12% to ", "burglaries"),
        ("The line was busy, with calls to the helpline rising by 9%, to ", "calls"),
        ("Crime fell, with vehicle thefts dropping by a fifth to around ", "thefts"),
        # "up"/"down" with no gerund, "by" or not
        ("Salford saw the steepest rise, with offences up 41% to ", "offences"),
        ("Wigan bucked the trend, with burglaries down by 9% to ", "burglaries"),
        # near misses: no change in the gerund, or no level after it
        ("Salford saw the steepest rise, with offences up 41% on ", None),
        ("Frodsham bucked the trend, with reports at ", None),
        ("Frodsham bucked the trend, with reports rising by ", None),
    ],
)
def test_with_clause_subject(before: str, expected: str | None) -> None:
    assert level_subject(before) == expected


def test_the_level_counts_the_with_clause_subject(
    nlp: Language, unit_periods_of: UnitPeriodsOf
) -> None:
    """Not the sentence's subject ("thefts"), which the subject-noun rule would give."""
    text = "Thefts fell in 2025, with burglaries falling by 12% to 310."
    units = [unit for value, unit, _ in unit_periods_of(nlp, text, dt.date(2026, 2, 1))]
    assert units[-1] == "burglaries"
