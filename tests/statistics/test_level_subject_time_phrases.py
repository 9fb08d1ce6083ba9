"""A level verb's plural subject may be followed by a phrase of the time it covers ("over",
"during", "throughout"; rule `subject_time_phrase`, ``level_subjects.
SUBJECT_TIME_PREPOSITIONS``), a split year's slash and all: the count still counts the
subject ("Suspensions over the whole of the 2024/25 academic year totalled 3,486").

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

UnitPeriodsOf = Callable[[Language, str, dt.date | None], list[tuple[float, str, object]]]
"""The ``unit_periods_of`` fixture (tests/statistics/conftest.py)."""

P = dt.date(2025, 11, 3)

CASES: dict[str, tuple[str, list[tuple[float, str]]]] = {
    "over_a_school_year": (
        "Detentions over the whole of the 2023/24 academic year totalled 5,120 in Hartlepool.",
        [(5120.0, "detentions")],
    ),
    "during_a_term": (
        "Referrals during the spring term reached 410, the council said.",
        [(410.0, "referrals")],
    ),
    "throughout_the_holidays": (
        "Calls throughout the summer holidays numbered 1,020 in Oldham.",
        [(1020.0, "calls")],
    ),
    # near miss: a noun of its own after the count is read first
    "own_noun_after_the_count": (
        "Officers over the weekend reached 40 homes in Oldham.",
        [(40.0, "homes")],
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_level_subject_time_phrases(
    nlp: Language, unit_periods_of: UnitPeriodsOf, case: str
) -> None:
    text, expected = CASES[case]
    assert [(value, unit) for value, unit, _ in unit_periods_of(nlp, text, P)] == expected
