""" "Last night" is the night before the release (P less one day), a single day: it dates a
figure only when the words after it make it the figures' day, "alone" or "itself" (rule
``last_night`` of ``period_day_ends.DAY_END_RULES``, read with ``day_alone``). Every
sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 3, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            '"Last night alone we had six sheds broken into in Formby," said Sgt Amy Cole.',
            {6: ("2026-03-11", "2026-03-11")},
            id="last-night-alone-in-a-quote",
        ),
        pytest.param(
            "Last night alone, crews were called to 14 grass fires across Rotherham.",
            {14: ("2026-03-11", "2026-03-11")},
            id="last-night-alone-opening",
        ),
        # near misses: an event's day, not the span the figure counts
        pytest.param(
            "The chief constable said last night that 40 more officers would be sent.",
            {40: None},
            id="said-last-night",
        ),
        pytest.param(
            "Five cars were stolen from a car park in Formby last night.",
            {5: None},
            id="event-last-night",
        ),
    ],
)
def test_last_night_alone(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
