""" "The same week last year" and "the same month last year" state their length: seven
days, one calendar month (rule ``same_bare_week_or_month`` of
:data:`pressfacts.statistics.period_same_lengths.STATED_LENGTH`), so they repeat the latest
span of that length stated before, not a longer span stated since; sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

PUBLISHED = dt.date(2026, 6, 18)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kent Police stopped 96 vans between 1 and 7 June. The force has run the checks "
            "since 2022. Speeding offences were up 12% on the same week last year, when 40 "
            "were recorded.",
            {
                96: ("2026-06-01", "2026-06-07"),
                12: ("2025-06-01", "2026-06-07"),
                40: ("2025-06-01", "2025-06-07"),
            },
        ),
        (
            "In May, officers weighed 58 lorries on the A1. The scheme has been funded since "
            "April 2024. Overweight loads fell by 20% on the equivalent month last year.",
            {58: ("2026-05-01", "2026-05-31"), 20: ("2025-05-01", "2026-05-31")},
        ),
        # near misses: no span of that length before, or a count of weeks, as before
        (
            "Kent Police stopped 96 vans in the first half of the year, up 12% on the same "
            "week last year.",
            {96: ("2026-01-01", "2026-06-18"), 12: ("2025-01-01", "2026-06-18")},
        ),
        (
            "Kent Police stopped 96 vans between 1 and 7 June. The force has run the checks "
            "since 2022. Offences were up 12% on the same period last year.",
            {96: ("2026-06-01", "2026-06-07"), 12: ("2021-01-01", "2026-06-18")},
        ),
    ],
)
def test_same_bare_week_or_month(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    assert periods_of(nlp, text, PUBLISHED) == expected
