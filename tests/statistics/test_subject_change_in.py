"""A count with no noun of its own, stated as a change, in a sentence that opens on a change
in a plural noun ("There was a 40% rise in thefts in 2025, up 112") counts that noun, as
"Thefts rose by 40% in 2025, up 112" does (``subject_nouns.CHANGE_NOUNS`` in
``SUBJECT_NOUN``, rule ``subject_change_in``; the unit rule that reports it is
``subject-noun``). Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

PUBLISHED = dt.date(2026, 3, 12)
Y2025 = ("2025-01-01", "2025-12-31")
BOTH = ("2024-01-01", "2025-12-31")

ROWS = [
    pytest.param(
        "There was a 40% rise in catalytic converter thefts in 2025, up 112 on 2024.",
        [(40.0, "percent", Y2025), (112.0, "thefts", BOTH)],
        id="there-was-a-rise-in",
    ),
    pytest.param(
        "In 2025 Hull saw a sharp fall in burglaries, down 90 on 2024.",
        [(90.0, "burglaries", BOTH)],
        id="place-saw-a-fall-in",
    ),
    pytest.param(
        "In 2025 there has been an increase in the number of people reporting fraud, up "
        "310 on 2024.",
        [(310.0, "people", BOTH)],
        id="increase-in-the-number-of-people",
    ),
    # near misses: a change in a place, not a thing counted; a noun of its own
    pytest.param(
        "In 2025 there was a rise in Leeds, up 40 on 2024.",
        [],
        id="near-miss-a-place",
    ),
    pytest.param(
        "In 2025 there was a rise in thefts, with 112 more arrests than in 2024.",
        [(112.0, "arrests", BOTH)],
        id="near-miss-a-noun-of-its-own",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_change_in_subject_counts(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert unit_periods_of(nlp, text, PUBLISHED) == expected
