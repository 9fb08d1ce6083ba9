"""A count with no noun of its own in a quoted sentence, after its speaker's verb of saying
and the opening quote mark, counts the quoted sentence's plural subject when a change verb
follows it (``subject_nouns.QUOTE_OPENING`` in ``SUBJECT_NOUN``, rule ``quoted_subject``;
the unit rule that reports it is ``subject-noun``), as it does unquoted. Every sentence is
invented."""

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
        'Insp Jo Bell said: "In 2025, burglaries fell, down to 212 from 265 in 2024."',
        [(212.0, "burglaries", ("2025-01-01", "2025-12-31")),
         (265.0, "burglaries", ("2024-01-01", "2024-12-31"))],
        id="said-colon-quote-subject-fell",
    ),
    pytest.param(
        'Sgt Amy Holt added: "Referrals in the county rose from 58 to 91 in 2025."',
        [(58.0, "referrals", ("2025-01-01", "2025-12-31")),
         (91.0, "referrals", ("2025-01-01", "2025-12-31"))],
        id="added-colon-subject-with-phrase",
    ),
    pytest.param(
        'Insp Jo Bell said: "In 2025 we saw thefts drop to 140."',
        [(140.0, "thefts", ("2025-01-01", "2025-12-31"))],
        id="quoted-seen-change",
    ),
    # near misses: no change verb after the quoted subject
    pytest.param(
        'Insp Jo Bell said: "Reports of abuse matter, and in 2025 we took 40."',
        [],
        id="near-miss-no-change-verb",
    ),
    pytest.param(
        'Insp Jo Bell said: "Officers visited 40 schools in 2025."',
        [(40.0, "schools", ("2025-01-01", "2025-12-31"))],
        id="near-miss-a-noun-of-its-own",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_quoted_subject_counts(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert unit_periods_of(nlp, text, PUBLISHED) == expected
