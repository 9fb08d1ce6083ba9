"""A count of a ", when" clause that is a passive's subject, with no noun of its own,
counts the plural noun its sentence opens on (``subject_nouns.subject_when_passive``,
unit rule ``subject-when-passive``): "Reports peaked in March, when 671 were made". Every
sentence is invented."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

UnitPeriodsOf = Callable[
    [Language, str, dt.date | None], list[tuple[float, str, tuple[str, str] | None]]
]
"""The ``unit_periods_of`` fixture (tests/statistics/conftest.py)."""

PUBLISHED = dt.date(2026, 9, 14)

ROWS = [
    pytest.param(
        "Calls to the helpline peaked in July, when 1,204 were received.",
        [(1204.0, "calls", ("2026-07-01", "2026-07-31"))],
        id="peaked-when-received",
    ),
    pytest.param(
        "Scam reports in Cumbria surged in January, when 388 were logged by the force.",
        [(388.0, "reports", ("2026-01-01", "2026-01-31"))],
        id="surged-with-a-place-when-logged",
    ),
    pytest.param(
        "Referrals rose sharply in 2025, when almost 900 were made by banks.",
        [(900.0, "referrals", ("2025-01-01", "2025-12-31"))],
        id="rose-when-qualified-count",
    ),
    # near misses: a noun of its own, no passive, no plural subject, no ", when"
    pytest.param(
        "Thefts fell in 2024, when 12 officers joined the team.",
        [(12.0, "officers", ("2024-01-01", "2024-12-31"))],
        id="near-miss-a-noun-of-its-own",
    ),
    pytest.param(
        "Thefts fell in 2024, when 12 joined the team.",
        [],
        id="near-miss-no-passive",
    ),
    pytest.param(
        "The figure peaked in March, when 671 were made.",
        [],
        id="near-miss-singular-subject",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_when_passive_subject_counts(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert unit_periods_of(nlp, text, PUBLISHED) == expected
