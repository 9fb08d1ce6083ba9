"""A clause after ", after" (or ", once") whose subject is a count and
whose verb is past dates the count it holds: the figures of the main clause keep their own
period and the count takes the clause's
(:data:`pressfacts.statistics.period_clauses.AFTER_COUNT_CLAUSE`); sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 7, 10)
H1 = ("2025-01-01", "2025-06-30")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The average wait fell from 38 days to 24 between January and June, after six "
            "staff joined the force's disclosure team in December.",
            {38: H1, 24: H1, 6: ("2024-12-01", "2024-12-31")},
            id="after-count-joined",
        ),
        pytest.param(
            "Arrests rose to 210 in 2024, after 35 newly recruited officers were trained in "
            "the spring of 2023 by the force.",
            {210: ("2024-01-01", "2024-12-31"), 35: ("2023-03-01", "2023-05-31")},
            id="after-count-passive",
        ),
        # near misses: a "when" clause glosses the period before it; no count is the
        # after-clause's subject, so the main period stands
        pytest.param(
            "Reports reached 410 in 2024, up 9% on the previous year, when 376 were logged.",
            {410: ("2024-01-01", "2024-12-31"), 376: ("2023-01-01", "2023-12-31")},
            id="when-clause-glosses-before",
        ),
        pytest.param(
            "Reports fell to 120 between April and June, after a raid on the premises in May.",
            {120: ("2025-04-01", "2025-06-30")},
            id="after-event-no-count",
        ),
    ],
)
def test_an_after_count_clause_dates_its_count(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    found = periods_of(nlp, text, P)
    assert {value: found.get(value) for value in expected} == expected
