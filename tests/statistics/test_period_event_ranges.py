"""A range of months ended by an event's month (rule ``month_to_event_month``): "between
January 2024 and his arrest in March 2025" runs from January 2024 to March 2025; sentences
invented for these tests, with near misses that keep the event's month alone."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 9, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Between May 2022 and his arrest in August 2023, he stole £48,000 from 61 people.",
            {48000: ("2022-05-01", "2023-08-31"), 61: ("2022-05-01", "2023-08-31")},
        ),
        (
            "From October 2021 until the raid in June 2022, the gang sent 3,400 scam texts.",
            {3400: ("2021-10-01", "2022-06-30")},
        ),
        (
            "between March 2024 and their conviction in January 2026, 27 victims came forward.",
            {27: ("2024-03-01", "2026-01-31")},
        ),
        # near misses: no event of the list ends the range, so the later month stands alone
        (
            "Between May 2022 and his birthday in August 2023 he sent 120 messages.",
            {120: ("2023-08-01", "2023-08-31")},
        ),
        (
            "In June 2024 he was charged. His arrest in March 2024 followed 15 reports.",
            {15: ("2024-03-01", "2024-03-31")},
        ),
    ],
)
def test_a_range_to_an_event_month(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
