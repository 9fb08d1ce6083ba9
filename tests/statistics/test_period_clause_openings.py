"""A clause opened by ", and" with a period of its own ("…, and in Q3 of this year …")
keeps that period: the figure before it takes the sentence's opening period, and a change
in it is measured over its own clause's periods only. Every sentence is invented for the
test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 10, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In the 2024/25 financial year, shoppers in Essex lost £3.1m to scams, and in Q2 "
            "of this year reports rose by 12% on the previous quarter.",
            {3100000: ("2024-04-01", "2025-03-31"), 12: ("2026-01-01", "2026-06-30")},
            id="financial-year-then-quarter",
        ),
        pytest.param(
            "In 2025, Norfolk Police recovered £410,000, and in August this year officers "
            "made 36 arrests.",
            {410000: ("2025-01-01", "2025-12-31"), 36: ("2026-08-01", "2026-08-31")},
            id="year-then-month",
        ),
        pytest.param(
            "During 2025 the team handled 700 cases, and during June this year it opened "
            "55 new cases.",
            {700: ("2025-01-01", "2025-12-31"), 55: ("2026-06-01", "2026-06-30")},
            id="during",
        ),
        pytest.param(  # a subject with its own place: its clause's period is not the first's
            "Hereford now counts 240 officers, and patrols in Leominster and Ross have taken on "
            "18 officers since the spring.",
            {240: None, 18: ("2026-03-01", "2026-10-14")},
            id="placed-subject",
        ),
        pytest.param(  # near miss: ", and" with no period after it: the opening governs both
            "In 2025, Norfolk Police recovered £410,000, and officers made 36 arrests.",
            {410000: ("2025-01-01", "2025-12-31"), 36: ("2025-01-01", "2025-12-31")},
            id="no-period-after-and",
        ),
    ],
)
def test_a_period_opening_a_clause_after_and_is_its_own(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Wardens seized 31 traps over the summer and 12 people were prosecuted in the "
            "year to March.",
            {31: ("2026-06-01", "2026-08-31"), 12: ("2025-04-01", "2026-03-31")},
            id="and-a-count-were-passive",
        ),
        pytest.param(
            "Officers found 40 quads in 2025 and nine men have been charged since January.",
            {40: ("2025-01-01", "2025-12-31"), 9: ("2026-01-01", "2026-10-14")},
            id="and-a-count-have-been",
        ),
        pytest.param(  # near miss: a second object, no verb of its own: the period governs both
            "Wardens seized 31 traps and 12 snares over the summer.",
            {31: ("2026-06-01", "2026-08-31"), 12: ("2026-06-01", "2026-08-31")},
            id="two-objects",
        ),
    ],
)
def test_a_count_opening_a_passive_clause_after_and_is_dated_by_its_own_clause(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    assert periods_of(nlp, text, P) == expected
