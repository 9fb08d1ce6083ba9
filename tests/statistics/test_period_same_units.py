""" "The same five months" points back to the nearest span stated before that lasts that
long (the ``same_units`` rule); sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2024, 9, 20)
APRIL_TO_AUGUST = ("2024-04-01", "2024-08-31")
SUMMER = ("2024-06-01", "2024-08-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Between April and August, officers made 690 arrests. Pastors helped 3,000 "
            "people over the summer. Thefts fell by 4% over the same five months.",
            {690: APRIL_TO_AUGUST, 3000: SUMMER, 4: APRIL_TO_AUGUST},
            id="a-length-skips-a-nearer-span",
        ),
        pytest.param(
            "Between April and August, officers made 690 arrests. Pastors helped 3,000 "
            "people over the summer. Thefts fell by 4% over the same three months.",
            {690: APRIL_TO_AUGUST, 3000: SUMMER, 4: SUMMER},
            id="the-nearer-span-of-that-length",
        ),
        pytest.param(
            "From 1 to 21 June, wardens issued 85 fines. In July they gave 40 warnings. "
            "Complaints fell by 9% over the same three weeks.",
            {85: ("2024-06-01", "2024-06-21"), 40: ("2024-07-01", "2024-07-31"),
             9: ("2024-06-01", "2024-06-21")},
            id="weeks",
        ),
        pytest.param(  # near miss: no span of that length before: undated
            "Pastors helped 3,000 people over the summer. Thefts fell by 4% over the same "
            "five months.",
            {3000: SUMMER, 4: None},
            id="no-span-of-that-length",
        ),
    ],
)  # fmt: skip
def test_the_same_length_points_back_to_a_span_that_long(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    assert periods_of(nlp, text, P) == expected
