""" ", and" + a count as the subject + "were still" or "remained" opens a clause of a state
held on at a time of its own (rule ``still_clause`` of ``period_clauses.CLAUSE_BREAK``):
the count takes its clause's period, not the clause before's. Sentences invented for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 9, 4)
FY = ("2024-04-01", "2025-03-31")
Y2024 = ("2024-01-01", "2024-12-31")

ROWS = [
    pytest.param(
        "The service helped 4,210 families in 2024/25, and more than 900 families were still "
        "waiting for a place in April.",
        [(4210.0, "families", FY), (900.0, "families", ("2025-04-01", "2025-04-30"))],
        id="were-still-in-month",
    ),
    pytest.param(
        "Officers made 1,204 arrests in the year to March, and 88 suspects were still on bail "
        "in June.",
        [(1204.0, "arrests", FY), (88.0, "suspects", ("2025-06-01", "2025-06-30"))],
        id="suspects-still-on-bail",
    ),
    pytest.param(
        "The court listed 2,300 trials in 2024, and 140 trials remained unheard in February.",
        [(2300.0, "trials", Y2024), (140.0, "trials", ("2025-02-01", "2025-02-28"))],
        id="remained",
    ),
    # near misses: no "still" (a part of the total, its period); no period of its own
    pytest.param(
        "The team answered 3,100 calls in 2024, and 410 calls were from children.",
        [(3100.0, "calls", Y2024), (410.0, "calls", Y2024)],
        id="no-still",
    ),
    pytest.param(
        "The court listed 2,300 trials in 2024, and 140 trials were still unheard.",
        [(2300.0, "trials", Y2024), (140.0, "trials", Y2024)],
        id="no-own-period",
    ),
    pytest.param(
        "The court listed 2,300 trials in 2024, while 140 trials were moved in February.",
        [(2300.0, "trials", Y2024), (140.0, "trials", ("2025-02-01", "2025-02-28"))],
        id="while-already-a-break",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_still_clause_takes_its_own_period(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
