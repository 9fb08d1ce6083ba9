""" ", and" + a share in words opens a clause of its own for periods (rule
``and_word_share`` of ``yardstick_openings.WORD_SHARE`` in ``period_clauses.CLAUSE_BREAK``),
as ", and 20%" does: the share's period is not the figure's before it. Every sentence is
invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2026, 6, 10)
MARCH = ("2026-03-01", "2026-03-31")
MAY = ("2026-05-01", "2026-05-31")
Y2025 = ("2025-01-01", "2025-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Officers in Kent seized 40 knives, and one in five was found in March.",
            [(40, "knives", None), (20, "percent", MARCH)],
            id="one-in-five",
        ),
        pytest.param(
            "Volunteers in Hull gave 300 talks, and half were held in May.",
            [(300, "talks", None), (50, "percent", MAY)],
            id="half",
        ),
        pytest.param(
            "The scheme in Powys helped 120 farmers, and nearly a third joined in March.",
            [(120, "farmers", None), (33.3, "percent", MARCH)],
            id="nearly-a-third",
        ),
        # near miss: the period before the share is the sentence's own, and still dates both
        pytest.param(
            "In 2025, volunteers in Hull gave 300 talks, and half were held in schools.",
            [(300, "talks", Y2025), (50, "percent", Y2025)],
            id="near-miss-lead-in-period",
        ),
    ],
)
def test_a_word_share_after_and_breaks_the_clause(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
