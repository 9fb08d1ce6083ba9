"""A count in apposition after ", with" is of the clause it closes, not of a later clause
joined by ", and" (rule ``with_count_apposition``, pressfacts.statistics.period_clauses).
Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

PUBLISHED = dt.date(2025, 9, 2)

ROWS = [
    pytest.param(
        "Calls to the helpline peaked in May, with 310, and were lowest in February, with 85.",
        {310: ("2025-05-01", "2025-05-31"), 85: ("2025-02-01", "2025-02-28")},
        id="with-count-apposition",
    ),
    # near miss: a count after "with" with its own month
    pytest.param(
        "In 2024, there were 40 thefts in Hull, with 12 in May.",
        {40: ("2024-01-01", "2024-12-31"), 12: ("2025-05-01", "2025-05-31")},
        id="with-count-own-period",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_clause_counts(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    """{value: period} of each figure."""
    assert periods_of(nlp, text, PUBLISHED) == expected
