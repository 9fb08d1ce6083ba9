"""Rule ``average_rate_aside`` of :mod:`pressfacts.statistics.period_narrative`: a rate set
off after a count as its average keeps the count in the lead's span (its "a day" is no
habit of the sentence); near misses: a rate that is the sentence's own stays a habit."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 10, 8)
YEAR_2024 = ("2024-01-01", "2024-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fraudsters took £3.1m from people in Kent in 2024. There were 2,920 reports of"
            " fraud, an average of eight a day.",
            {3100000: YEAR_2024, 2920: YEAR_2024, 8: YEAR_2024},
        ),
        (
            "Cheshire Police recorded 1,840 burglaries in 2024. There were 1,040 arrests, or"
            " 20 a week.",
            {1840: YEAR_2024, 1040: YEAR_2024, 20: YEAR_2024},
        ),
        (
            "Essex Police recorded 5,200 thefts in 2024. Officers answered 730 calls (about"
            " two a day) about shoplifting.",
            {5200: YEAR_2024, 730: YEAR_2024},
        ),
        # near miss: the rate is the sentence's own, a habit: undated
        (
            "Cheshire Police recorded 1,840 burglaries in 2024. Officers made 20 arrests a week.",
            {1840: YEAR_2024, 20: None},
        ),
    ],
)
def test_an_average_rate_aside_keeps_the_count_in_the_span(
    periods_of: PeriodsOf, nlp: Language, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected
