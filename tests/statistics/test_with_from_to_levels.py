"""A change from one level to another in a "with" clause that has its own plural subject
("…, with offences up from 64 to 102") counts that subject at both levels
(``subject_nouns.WITH_FROM_TO_LEVELS``, rule ``with_from_to_levels``). Before, the first
level had no noun and was dropped. Every sentence is invented."""

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
        ("Gwent Police saw the sharpest rise, with offences up from ", "offences"),
        ("Gwent Police saw the sharpest rise, with offences up from 64 to ", "offences"),
        ("Crime fell, with burglaries falling from ", "burglaries"),
        ("Crime fell, with burglaries falling from 310 in 2024 to ", "burglaries"),
        ("The line was busier, with calls to the helpline rising from about ", "calls"),
        ("Thefts fell, with the shop thefts going down from nearly 90 to ", "thefts"),
        ("Arrests held steady, with drug seizures down from nine to ", "seizures"),
        # near misses: an amount before "from", the count before the clause, no "from"
        ("Calls rose, with reports about scams up 41% from ", None),
        ("Newport saw a rise, with offences up 12 from ", None),
        ("Frodsham bucked the trend, with reports at ", None),
    ],
)
def test_with_clause_levels_count_its_subject(before: str, expected: str | None) -> None:
    assert level_subject(before) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gwent Police recorded the sharpest rise, with offences up from 64 to 102.",
            [(64.0, "offences"), (102.0, "offences")],
        ),
        (
            "Fraud rose in Devon, with reports climbing from 1,240 in 2024 to 1,610 in 2025.",
            [(1240.0, "reports"), (1610.0, "reports")],
        ),
        (
            "Thefts fell overall, with burglaries dropping from 88 to 71 last year.",
            [(71.0, "burglaries"), (88.0, "burglaries")],
        ),
    ],
)
def test_both_levels_are_statistics(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[tuple[float, str]]
) -> None:
    found = unit_periods_of(nlp, text, dt.date(2026, 2, 1))
    assert sorted((value, unit) for value, unit, _ in found) == expected
