"""A named thing's first year, its start stated further back ("fallback
``named_first_units`` of ``first_units_launched``).

"The scheme launched in October last year. … Volunteers helped 312 people during the
scheme's first year.": the year from October of the year before P. "in its first year"
(a pronoun) still needs its start stated close by. Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 27)
PAD = (
    " It is run with the council. Venues take part. Staff are trained. Posters went up."
    " More venues are joining."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The scheme launched in October last year." + PAD + " Volunteers helped 312 "
            "people get home during the scheme's first year.",
            {312.0: ("2024-10-01", "2025-09-30")},
            id="scheme-first-year-far",
        ),
        pytest.param(
            "The hub opened in March 2023." + PAD + " Advisers saw 1,240 clients in the "
            "hub's first two years.",
            {1240.0: ("2023-03-01", "2025-02-28")},
            id="hub-first-two-years-far",
        ),
        # near misses: a pronoun's first year far from any start; no start stated at all
        pytest.param(
            "The scheme launched in October 2024." + PAD + " Volunteers helped 312 people "
            "get home in its first year.",
            {312.0: None},
            id="pronoun-far",
        ),
        pytest.param(
            "Volunteers helped 312 people get home during the scheme's first year.",
            {312.0: None},
            id="no-start",
        ),
    ],
)
def test_period_named_first_units(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
