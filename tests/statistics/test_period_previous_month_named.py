"""A month after "the previous/preceding/prior" (``previous_month_named``: "from 6.1 per
cent the previous December") is that month a year before the one the text speaks of: the
month stated just before, else the latest such month begun by P; "the previous month" or a
month with its year is not; sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "Devon and Cornwall Police said 5.2 per cent of drivers tested throughout December "
            "failed, up from 3.9 per cent the previous December.",
            dt.date(2027, 1, 15),
            {3.9: ("2025-12-01", "2025-12-31")},
            id="previous-december-from-p",
        ),
        pytest.param(
            "Shoplifting reports in Wakefield reached 311 in March 2024, against 244 in the "
            "preceding March.",
            dt.date(2026, 6, 3),
            {244: ("2023-03-01", "2023-03-31")},
            id="preceding-march-of-stated",
        ),
        pytest.param(
            "The share of calls answered within ten seconds rose to 91% in June, from 84% the "
            "prior June.",
            dt.date(2026, 7, 20),
            {84: ("2025-06-01", "2025-06-30")},
            id="prior-june",
        ),
        # near miss: no month named ("the previous month" counts from the month stated)
        pytest.param(
            "Complaints to Cheshire Police rose to 48 in August, from 41 the previous month.",
            dt.date(2026, 9, 10),
            {41: ("2026-07-01", "2026-07-31")},
            id="previous-month-unnamed",
        ),
    ],
)
def test_previous_month_named(
    nlp: Language, periods_of: PeriodsOf, text: str, published: dt.date, expected: object
) -> None:
    found = periods_of(nlp, text, published)
    assert {value: found.get(value) for value in expected} == expected
