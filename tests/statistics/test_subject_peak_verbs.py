"""Counts after ", with" that leave their noun unsaid count the plural noun the sentence
opens on when a verb of a high point or sharp rise follows it, as a change verb does
(``subject_nouns.PEAK_VERBS``, rule ``subject_peak_verb``): "Reports peaked over the summer, with
41 in July and 38 in August". Every sentence is invented."""

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
        "Thefts peaked in the spring, with 52 in March and 47 in April.",
        [(52.0, "thefts", ("2026-03-01", "2026-03-31")),
         (47.0, "thefts", ("2026-04-01", "2026-04-30"))],
        id="peaked-then-two-months",
    ),
    pytest.param(
        "Helpline calls soared in the new year, with 610 in January and 702 in "
        "February, compared with 455 in January last year.",
        [(610.0, "calls", ("2026-01-01", "2026-01-31")),
         (702.0, "calls", ("2026-02-01", "2026-02-28")),
         (455.0, "calls", ("2025-01-01", "2025-01-31"))],
        id="soared-then-a-yardstick",
    ),
    pytest.param(
        "Burglaries surged in Hull, with 88 in May.",
        [(88.0, "burglaries", ("2026-05-01", "2026-05-31"))],
        id="surged-with-a-place",
    ),
    # near misses: no plural subject before the verb, the count keeps no borrowed noun
    pytest.param(
        "The figure peaked in the spring, with 52 in March.",
        [],
        id="near-miss-singular-subject",
    ),
    pytest.param(
        "Thefts peaked in the spring, with 52 vans stolen in March.",
        [(52.0, "vans", ("2026-03-01", "2026-03-31"))],
        id="near-miss-a-noun-of-its-own",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_peak_verb_subject_counts(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert unit_periods_of(nlp, text, PUBLISHED) == expected
