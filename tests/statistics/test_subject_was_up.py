"""A level after a change stated with a copula and "up"/"down" ("In Kent, burglaries were
up 6% to 127") counts the plural noun the sentence opens on, as "burglaries rose 6% to
127" does (``subject_nouns._WAS_UP`` in ``SUBJECT_NOUN``, rule ``subject_was_up``; the unit rule
that reports it is ``subject-noun``). Every sentence is invented."""

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
        "In Ceredigion, burglaries were down 6% to 127 in 2025.",
        [(6.0, "percent", ("2024-01-01", "2025-12-31")),
         (127.0, "burglaries", ("2025-01-01", "2025-12-31"))],
        id="opening-then-were-down",
    ),
    pytest.param(
        "Vehicle thefts were up by 12% to 340 in 2025.",
        [(12.0, "percent", ("2024-01-01", "2025-12-31")),
         (340.0, "thefts", ("2025-01-01", "2025-12-31"))],
        id="modified-subject-were-up-by",
    ),
    pytest.param(
        "In the borough, crimes in the town centre were up 9% to 212 in 2025.",
        [(9.0, "percent", ("2024-01-01", "2025-12-31")),
         (212.0, "crimes", ("2025-01-01", "2025-12-31"))],
        id="subject-with-a-phrase",
    ),
    # near misses: no change verb after the subject, the count keeps no borrowed noun
    pytest.param(
        "In Ceredigion, volunteers were out early to meet 40 residents in 2025.",
        [(40.0, "residents", ("2025-01-01", "2025-12-31"))],
        id="near-miss-a-noun-of-its-own",
    ),
    pytest.param(
        "In Ceredigion, volunteers were busy, and the total came to 127 in 2025.",
        [],
        id="near-miss-no-change-verb",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_was_up_subject_counts(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert unit_periods_of(nlp, text, PUBLISHED) == expected
