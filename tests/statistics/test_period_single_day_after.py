""" "In a single day" or "in one day" later in a day's clause makes that day the span the
figures count (rule ``single_day_after`` of ``period_figure_days``); "after a single day",
"one day later" or a single day told in the next sentence leave the day an event's date,
which no figure takes (sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 20)
DAY = ("2025-10-14", "2025-10-14")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 14 October, the fraud line took 48 calls in a single day.", {48: DAY}),
        ("Officers in Bury seized 23 bikes on 14 October in just one day.", {23: DAY}),
        ("On Tuesday 14 October, volunteers in Hull collected £2,300 in one day.",
         {2300: DAY}),
        # near misses: after a single day, one day later, a single day in the next sentence
        ("On 14 October, officers made 12 arrests after a single day of talks.", {12: None}),
        ("On 14 October a man was charged, and 9 men were arrested one day later.",
         {9: None}),
        ("On 14 October the charity launched its appeal. It raised £900 in a single day.",
         {900: None}),
    ],
)  # fmt: skip
def test_a_single_day_after_the_day_makes_it_the_span(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
