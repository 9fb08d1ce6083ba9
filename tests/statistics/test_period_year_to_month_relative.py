""" "The 12 months to March this year" (or "last year") is one period phrase (rule
``year_to_month_relative``): the 12 whole months ending with that month of P's year (or
the year before). "this year" inside it had been a period of its own, which a share in
the clause after took. Sentences invented; near misses keep their own wording's span."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 8, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The helpline took 912 calls in the year to June this year, and 30% of them "
            "were from men.",
            {912: ("2024-07-01", "2025-06-30"), 30: ("2024-07-01", "2025-06-30")},
            id="year-to-month-this-year",
        ),
        pytest.param(
            "Port officers made 318 arrests in the 12 months to March this year, and more "
            "than 40% of them were for drugs.",
            {318: ("2024-04-01", "2025-03-31"), 40: ("2024-04-01", "2025-03-31")},
            id="twelve-months-to-month-this-year",
        ),
        pytest.param(
            "The unit seized 77 firearms in the twelve months ending November last year.",
            {77: ("2023-12-01", "2024-11-30")},
            id="ending-month-last-year",
        ),
        # near misses: a year written out, and "this year" alone
        pytest.param(
            "The helpline took 912 calls in the year to June 2025.",
            {912: ("2024-07-01", "2025-06-30")},
            id="year-written",
        ),
        pytest.param(
            "The helpline has taken 415 calls so far this year.",
            {415: ("2025-01-01", "2025-08-09")},
            id="this-year-alone",
        ),
    ],
)
def test_year_to_month_of_this_or_last_year(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected
