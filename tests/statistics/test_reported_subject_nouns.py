"""A count with no noun of its own after a change counts the plural noun a sentence opens
on after a speaker and a verb of saying too ("Devon and Cornwall Police said thefts from
boats had doubled since 2023, with 61 reported in Falmouth alone"): ``subject_nouns.REPORTED`` in
``SUBJECT_NOUN`` (unit rule ``subject-noun``), as ``level_subjects`` reads levels after a
speaker. Every sentence is invented."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

UnitPeriodsOf = Callable[
    [Language, str, dt.date | None], list[tuple[float, str, tuple[str, str] | None]]
]
"""The ``unit_periods_of`` fixture (tests/statistics/conftest.py)."""

PUBLISHED = dt.date(2025, 10, 15)
SINCE_2023 = ("2023-01-01", "2025-10-15")

ROWS = [
    pytest.param(
        "Meanwhile, Dorset Police said thefts from boats had doubled since 2023, with 61 "
        "reported in Poole alone.",
        [(2.0, "times", SINCE_2023), (61.0, "thefts", SINCE_2023)],
        id="speaker-said-subject",
    ),
    pytest.param(
        "The charity said that calls to its line had risen by 40% since 2023, with 310 from Hull.",
        [(40.0, "percent", SINCE_2023), (310.0, "calls", SINCE_2023)],
        id="said-that-subject-with-phrase",
    ),
    # near miss: a noun of its own after the count is read first
    pytest.param(
        "Dorset Police said thefts from boats had doubled since 2023, with 61 boats "
        "stripped in Poole.",
        [(2.0, "times", SINCE_2023), (61.0, "boats", SINCE_2023)],
        id="near-miss-a-noun-of-its-own",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_reported_subject_counts(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert unit_periods_of(nlp, text, PUBLISHED) == expected
