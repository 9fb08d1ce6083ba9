"""A share whose whole is a sum a body has or spends each year ("about 80% of the £21m a
year it costs to run") is no back-reference to the figures just stated (rule
``share_of_yearly_sum`` of ``period_back_references``): it keeps no period of the
sentences before; a share of the figures before ("40% of the thefts", "half of them")
still takes their period (sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 20)
MARCH = ("2025-03-01", "2025-03-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Volunteers in Derby handled 240 calls in March.\n\n"
            "The trust said grants cover about 60% of the £3m a year it costs to run.",
            {240: MARCH, 60: None, 3000000: None},
        ),
        (
            "The helpline took 512 calls in March.\n\n"
            "The charity said legacies pay for a third of the £800,000 each year the service "
            "needs.",
            {512: MARCH, 33.3: None, 800000: None},
        ),
        # near misses: a share of the figures just stated, a sum with no rate
        (
            "Officers in Derby recorded 240 thefts in March.\n\n"
            "Bikes were taken in 40% of the thefts.",
            {240: MARCH, 40: MARCH},
        ),
        (
            "The helpline took 512 calls in March.\n\nAbout half of them were made at night.",
            {512: MARCH, 50: MARCH},
        ),
    ],
)
def test_a_share_of_a_yearly_sum_is_no_back_reference(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
