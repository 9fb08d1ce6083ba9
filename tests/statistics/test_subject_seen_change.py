"""A count with no noun of its own after a verb of seeing whose object is a plural noun and
a bare change verb ("We saw reports fall, down to 87 from 104") counts that noun, as
"Reports fell, down to 87 from 104" does (``subject_nouns.SEEN_VERBS`` and
``SEEN_CHANGE_VERBS`` in ``SUBJECT_NOUN``, rule ``subject_seen_change``; the unit rule that
reports it is ``subject-noun``). Every sentence is invented."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

UnitPeriodsOf = Callable[
    [Language, str, dt.date | None], list[tuple[float, str, tuple[str, str] | None]]
]
"""The ``unit_periods_of`` fixture (tests/statistics/conftest.py)."""

PUBLISHED = dt.date(2026, 3, 12)

ROWS = [
    pytest.param(
        "In 2025 we saw thefts fall, down to 212 from 265 in 2024.",
        [(212.0, "thefts", ("2025-01-01", "2025-12-31")),
         (265.0, "thefts", ("2024-01-01", "2024-12-31"))],
        id="we-saw-fall-down-to-from",
    ),
    pytest.param(
        "In 2025 the team saw referrals rise from 58 to 91.",
        [(58.0, "referrals", ("2025-01-01", "2025-12-31")),
         (91.0, "referrals", ("2025-01-01", "2025-12-31"))],
        id="the-team-saw-rise-from-to",
    ),
    pytest.param(
        "In 2025 Cumbria Constabulary has seen burglaries in Carlisle drop to 140.",
        [(140.0, "burglaries", ("2025-01-01", "2025-12-31"))],
        id="has-seen-phrase-drop-to",
    ),
    # near misses: a noun of its own after the count, or no change verb after the seen noun
    pytest.param(
        "In 2025 officers saw 140 students at freshers' fairs.",
        [(140.0, "students", ("2025-01-01", "2025-12-31"))],
        id="near-miss-a-noun-of-its-own",
    ),
    pytest.param(
        "In 2025 the team saw referrals as a priority, and the total came to 91.",
        [],
        id="near-miss-no-change-verb",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_seen_subject_counts(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert unit_periods_of(nlp, text, PUBLISHED) == expected
