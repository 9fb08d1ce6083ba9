"""A distributive "each" before "last year" / "this year" ("lost £900 each last year") does
not stop the year being the figure's period (rule ``relative_year``); "each previous year"
and "each past year" (every year) still give none. Every sentence is invented for the
test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 9, 16)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Scam victims in Kent lost £2,700 each last year.",
            {2700: ("2024-01-01", "2024-12-31")},
            id="money-each-last-year",
        ),
        pytest.param(
            "Officers in Gwent visited 35 homes each last year, the force said.",
            {35: ("2024-01-01", "2024-12-31")},
            id="count-each-last-year",
        ),
        pytest.param(
            "Members of the scheme in Fife have saved £410 each this year.",
            {410: ("2025-01-01", "2025-09-16")},
            id="each-this-year",
        ),
        # near misses: "each previous/past year" is every year, no period
        pytest.param(
            "The charity in Leeds has helped 600 people, more than in each previous year.",
            {600: None},
            id="each-previous-year",
        ),
    ],
)
def test_period_each_last_year(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
