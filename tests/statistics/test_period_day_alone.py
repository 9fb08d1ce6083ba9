"""A day with "alone" or "itself" after it is the span its figure covers ("58 fires on 5
November alone"); a day without is an event's date, which no figure takes (sentences
invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Crews in Bolton were called to 61 fires on 5 November alone.",
            {61: ("2025-11-05", "2025-11-05")},
        ),
        (
            "On 31 October itself, officers took 140 calls in Hull.",
            {140: ("2025-10-31", "2025-10-31")},
        ),
        (
            "Wardens seized 90 fireworks on 2 November 2024 alone.",
            {90: ("2024-11-02", "2024-11-02")},
        ),
        # near miss: an event's date is no figure's span
        ("The order, made on 3 November, let officers move on 27 people.", {27: None}),
    ],
)
def test_a_day_alone_is_the_figures(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
