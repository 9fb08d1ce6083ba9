"""A weekday alone after "on" in a sentence that speaks of it as to come is the next such
day on or after P (rule ``future_weekday``); a weekday of the past, a recurring or a dated
one is not read by it. Sentences invented; P is Thursday 13 November 2025."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 13)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Volunteers will gather in 40 towns across Wales on Sunday, the charity said.",
            {40: ("2025-11-16", "2025-11-16")},
        ),
        (
            "More than 300 riders are to take part in the memorial ride on Saturday.",
            {300: ("2025-11-15", "2025-11-15")},
        ),
        (
            "The force said 25 extra officers will be on patrol in Cardiff on Friday.",
            {25: ("2025-11-14", "2025-11-14")},
        ),
        # near misses: the past, recurring nights, every week, a dated day
        # the past, after no span: the latest Sunday by P (rule past_weekday)
        (
            "Officers stopped 40 drivers on Sunday, Kent Police said.",
            {40: ("2025-11-09", "2025-11-09")},
        ),
        ("The grant will pay for 14 marshals on Friday and Saturday nights.", {14: None}),
        ("From next month, 12 vans will patrol every Sunday.", {12: None}),
    ],
)
def test_period_future_weekday(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
