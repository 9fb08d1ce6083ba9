"""Counts after "bucked the trend," that leave their noun unsaid count the plural noun the
sentence opens on, as a change verb's do (``subject_nouns.BUCKED_TREND``, rule
``subject_bucked_trend``): "Violent offences bucked the trend, rising to 412 from 366".
Every sentence is invented."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

UnitPeriodsOf = Callable[
    [Language, str, dt.date | None], list[tuple[float, str, tuple[str, str] | None]]
]
"""The ``unit_periods_of`` fixture (tests/statistics/conftest.py)."""

PUBLISHED = dt.date(2026, 10, 8)

ROWS = [
    pytest.param(
        "Robberies bucked the trend, rising to 412 from 366 in 2024/25.",
        [(412.0, "robberies", None),
         (366.0, "robberies", ("2024-04-01", "2025-03-31"))],
        id="bucked-from-to",
    ),
    pytest.param(
        "Vehicle thefts in Hull bucked the national trend, climbing to 1,020.",
        [(1020.0, "thefts", None)],
        id="modified-subject-national-trend",
    ),
    pytest.param(
        "Shop assaults defied the wider trend, rising to 88 in 2025.",
        [(88.0, "assaults", ("2025-01-01", "2025-12-31"))],
        id="defied-the-wider-trend",
    ),
    pytest.param(
        "Drug seizures went against the trend, falling to 57.",
        [(57.0, "seizures", None)],
        id="went-against-the-trend",
    ),
    # near misses: no plural subject, another verb, a noun of its own
    pytest.param(
        "Leeds bucked the trend, rising to 347.",
        [],
        id="near-miss-a-place-subject",
    ),
    pytest.param(
        "Robberies followed the trend, rising to 412.",
        [],
        id="near-miss-followed-the-trend",
    ),
    pytest.param(
        "Robberies bucked the trend, with 40 arrests made.",
        [(40.0, "arrests", None)],
        id="near-miss-a-noun-of-its-own",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_bucked_trend_subject_counts(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert unit_periods_of(nlp, text, PUBLISHED) == expected
