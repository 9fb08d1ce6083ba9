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
        pytest.param(
            "The partnership was launched in June 2024." + PAD + " Its helpline took 450 calls"
            " in the partnership's first year.",
            {450.0: ("2024-06-01", "2025-05-31")},
            id="partnership-first-year-far",
        ),
        pytest.param(
            "The pilot began in January last year." + PAD + " Officers made 36 referrals "
            "during the pilot's first six months.",
            {36.0: ("2024-01-01", "2024-06-30")},
            id="pilot-first-months-far",
        ),
        pytest.param(  # no start stated: the year stated beside the phrase before dates it
            "Staff referred 240 children in 2022/23, the partnership's first year. Girls made "
            "up 41% of them in the partnership's first year.",
            {240.0: ("2022-04-01", "2023-03-31"), 41.0: ("2022-04-01", "2023-03-31")},
            id="partnership-first-year-stated-beside",
        ),
        pytest.param(  # near miss: a thing not of those named, its start far back
            "The charity launched in June 2024." + PAD + " Its helpline took 450 calls in the "
            "charity's first year.",
            {450.0: None},
            id="charity-not-named",
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
