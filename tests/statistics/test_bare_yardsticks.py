"""A yardstick level with no period of its own ("…, down from 4,380.") is the same span a
year before the figure it is compared with (``bare_yardsticks.bare_yardstick_period``, rule
``bare_yardstick_year_before``). Before, it took the later figure's own span. Every
sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

PUBLISHED = dt.date(2026, 8, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the 12 months to June 2026, officers recorded 4,005 offences, down from 4,380.",
            {4005: ("2025-07-01", "2026-06-30"), 4380: ("2024-07-01", "2025-06-30")},
        ),
        (
            "Wiltshire Police received 2,146 reports in 2025, up from 1,870, the force said.",
            {2146: ("2025-01-01", "2025-12-31"), 1870: ("2024-01-01", "2024-12-31")},
        ),
        (
            "Crews attended 214 fires between April and June, down from 258, and rescued 40 "
            "people.",
            {
                214: ("2026-04-01", "2026-06-30"),
                258: ("2025-04-01", "2025-06-30"),
                40: ("2026-04-01", "2026-06-30"),
            },
        ),
        # near misses: a period of its own; a month (the month before may be meant)
        (
            "Officers recorded 4,005 offences in 2025, down from 4,380 in 2023.",
            {4005: ("2025-01-01", "2025-12-31"), 4380: ("2023-01-01", "2023-12-31")},
        ),
        (
            "Officers recorded 405 offences in March, down from 438.",
            {405: ("2026-03-01", "2026-03-31"), 438: ("2026-03-01", "2026-03-31")},
        ),
    ],
)
def test_a_bare_yardstick_is_the_span_a_year_before(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, PUBLISHED) == expected
