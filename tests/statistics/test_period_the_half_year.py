""" "For the half-year", "over the half year" point back to the latest six-month span
stated before, past a span of another length in between (rule ``the_units``, resolver
``period_refers.resolve_the_units``); with none stated, they date nothing. Sentences
invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

PUBLISHED = dt.date(2025, 9, 4)
H1_2025 = ("2025-01-01", "2025-06-30")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Insurers paid out £312 million in the first six months of 2025. Around one in "
            "eight claims this year involved a van. Figures for the half-year show Leeds "
            "accounted for 14% of the claims.",
            {312000000: H1_2025, 12.5: ("2025-01-01", "2025-09-04"), 14: H1_2025},
        ),
        (
            "Police recorded 410 thefts between October and March. Over the half year, "
            "Hull accounted for 120 of them.",
            {410: ("2024-10-01", "2025-03-31"), 120: ("2024-10-01", "2025-03-31")},
        ),
        (
            "The council handled 2,400 reports in the first half of 2025. This year it has "
            "hired 12 staff. During the half-year, it closed 300 cases.",
            {2400: H1_2025, 12: ("2025-01-01", "2025-09-04"), 300: H1_2025},
        ),
        # near misses: no six-month span stated before; "the half-year to" is a span of its own
        (
            "Police recorded 410 thefts in 2024. For the half-year, officers made 12 arrests.",
            {410: ("2024-01-01", "2024-12-31"), 12: None},
        ),
        (
            "Police recorded 410 thefts in 2024. In the half-year to March, officers made 12 "
            "arrests.",
            {410: ("2024-01-01", "2024-12-31"), 12: ("2024-10-01", "2025-03-31")},
        ),
    ],
)
def test_the_half_year_points_back(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, PUBLISHED) == expected
