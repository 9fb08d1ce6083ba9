"""A yardstick span of an earlier year, then "the same period this year": the same months
in P's year, cut at P (rule ``same_period_this_year``,
:func:`pressfacts.statistics.period_same_lengths.resolve_same_period_this_year`): "Thefts
from cars in Swindon fell from 212 in the first three months of 2024 to 164 in the same
period this year" (P in 2025) gives January to March 2025, not 2024. Found by held-out 410.
Sentences invented for the test; the near misses say "the same period" alone (the span
before) or "the same period last year" (a year before it)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 6, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thefts from cars in Swindon fell from 212 in the first three months of 2024 to"
            " 164 in the same period this year.",
            {212: ("2024-01-01", "2024-03-31"), 164: ("2025-01-01", "2025-03-31")},
        ),
        (
            "Police in Oxford recorded 47 cycle thefts between February and April 2023, and 39"
            " during the same months of this year.",
            {47: ("2023-02-01", "2023-04-30"), 39: ("2025-02-01", "2025-04-30")},
        ),
        (
            "Trading Standards in Powys logged 88 rogue trader calls between January and"
            " August 2024, against 51 in the same period this year.",
            {88: ("2024-01-01", "2024-08-31"), 51: ("2025-01-01", "2025-06-12")},
        ),
        # near misses: "the same period" alone; "the same period last year"
        (
            "Thefts from cars in Swindon fell from 212 in the first three months of 2024 to"
            " 164 in the same period.",
            {212: ("2024-01-01", "2024-03-31"), 164: ("2024-01-01", "2024-03-31")},
        ),
        (
            "Thefts from cars in Swindon numbered 164 in the first three months of 2025,"
            " against 212 in the same period last year.",
            {164: ("2025-01-01", "2025-03-31"), 212: ("2024-01-01", "2024-03-31")},
        ),
    ],
)  # fmt: skip
def test_same_period_this_year(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
