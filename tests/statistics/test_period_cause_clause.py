"""A cause set off by a comma and opening on a figure (", helped by £1.2m of funding for
2025/26", ", thanks to £300,000 …") is a clause of its own (rule ``cause_clause``,
``period_own_clauses.CAUSE_CLAUSE``): its figure keeps its own period, and the change
before it keeps its own span. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 10, 8)
TO_P = P.isoformat()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Youth referrals in Derby have doubled since 2022, helped by £800,000 of council "
            "funding for 2024/25.",
            {2: ("2022-01-01", TO_P), 800000: ("2024-04-01", "2025-03-31")},
        ),
        (
            "Arrests for knife possession rose by 18% in 2024, thanks to £250,000 of extra "
            "patrol funding since April.",
            {18: ("2024-01-01", "2024-12-31"), 250000: ("2025-04-01", TO_P)},
        ),
        (
            "The number of bins has trebled since 2021, funded by £60,000 from the PCC in 2023.",
            {3: ("2021-01-01", TO_P), 60000: ("2023-01-01", "2023-12-31")},
        ),
        # near misses: no figure after the cause; no comma before it
        (
            "Arrests rose by 18% in 2024, helped by officers from the county lines taskforce.",
            {18: ("2024-01-01", "2024-12-31")},
        ),
        (
            "In 2024 the hub was funded by £90,000 from the council.",
            {90000: ("2024-01-01", "2024-12-31")},
        ),
    ],
)
def test_period_cause_clause(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
