"""A sentence opening, after a short reported-speech lead or none, on a share of the sum of
money just stated ("The office said a third of the money, £90,000, …": rule
``share_of_the_sum`` of ``back_reference_openings``) takes the span the sum was stated with,
past comment and other dated figures between. Sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

TWO_FY = ("2025-04-01", "2027-03-31")
Y2024 = ("2024-01-01", "2024-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The commissioner has given £270,000 to a youth charity for two years from April "
            "2025.\n\nCalls to the force rose by 8% in 2024, the sharpest rise in Ledbury."
            '\n\n"It matters," she said.\n\nThe commissioner\'s office said a third of '
            "the money, £90,000, would pay for outreach workers in rural Hereford.",
            {270000: TWO_FY, 8: Y2024, 33.3: TWO_FY, 90000: TWO_FY},
            id="said-a-third-of-the-money",
        ),
        pytest.param(
            "The council has awarded £400,000 to the scheme for two years from April 2025."
            "\n\nOfficers made 60 arrests in 2024.\n\nHalf of the funding, £200,000, will "
            "pay for caseworkers in Leominster.",
            {400000: TWO_FY, 60: Y2024, 50: TWO_FY, 200000: TWO_FY},
            id="half-of-the-funding",
        ),
        # near misses: a share of a count, not of a sum, keeps the nearer span; a share of
        # the funding for a year of its own keeps that year
        pytest.param(
            "The council has awarded £400,000 to the scheme for two years from April 2025."
            "\n\nOfficers made 60 arrests in 2024.\n\nThe force said half of the arrests "
            "were of teenagers in Leominster.",
            {400000: TWO_FY, 60: Y2024, 50: Y2024},
            id="share-of-a-count",
        ),
    ],
)
def test_a_share_of_the_sum_takes_its_span(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, dt.date(2025, 10, 2)) == expected
