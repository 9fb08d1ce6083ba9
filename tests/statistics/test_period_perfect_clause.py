""" " and" + a perfect + a figure, with no comma, opens a clause of the same subject with its
own period (rule ``perfect_clause`` of ``period_clauses.CLAUSE_BREAK``): the figure takes
its clause's period, not a nearer one of the clause before. Sentences invented for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 5, 12)
Y2024 = ("2024-01-01", "2024-12-31")

ROWS = [
    pytest.param(
        "The force received 212 texts in 2024 and had trained 60 call handlers in deaf "
        "awareness since January.",
        [(212.0, "texts", Y2024), (60.0, "handlers", ("2025-01-01", "2025-05-12"))],
        id="had-trained-since",
    ),
    pytest.param(
        "Cleveland Police answered 9,400 calls in 2024 and has recruited 18 call handlers for "
        "the control room since last October.",
        [(9400.0, "calls", Y2024), (18.0, "handlers", ("2024-10-01", "2025-05-12"))],
        id="has-recruited-since",
    ),
    # near misses: no perfect (one act, one period); the clause after states no period of
    # its own and falls back on the sentence's
    pytest.param(
        "Officers arrested 40 men and seized 12 cars during the operation in March.",
        [(40.0, "men", ("2025-03-01", "2025-03-31")), (12.0, "cars", ("2025-03-01", "2025-03-31"))],
        id="no-perfect",
    ),
    pytest.param(
        "Officers arrested 40 men in 2024 and have charged 12 people.",
        [(40.0, "men", Y2024), (12.0, "people", Y2024)],
        id="no-own-period",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_perfect_clause_takes_its_own_period(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
