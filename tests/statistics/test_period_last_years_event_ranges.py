"""A range of days or months set off after an event named as last year's (rules
``last_years_event_day_range``, ``last_years_event_shared_month_range`` and
``last_years_event_month_range``): "During last year's
summer campaign, between 1 June and 31 August, officers arrested …" is last year's range;
the range alone had been placed by P, in P's year."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import dated_phrases

P = dt.date(2025, 7, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "During last year's summer campaign, between 1 June and 31 August, officers "
            "arrested 512 drivers.",
            [("between 1 June and 31 August", "2024-06-01", "2024-08-31")],
        ),
        (
            "In last year’s operation, from 3 to 9 June, 47 knives were seized.",
            [("from 3 to 9 June", "2024-06-03", "2024-06-09")],
        ),
        (
            "At last year's festival, which ran from 25 July to 28 July, 31 people were arrested.",
            [("from 25 July to 28 July", "2024-07-25", "2024-07-28")],
        ),
        (
            "During last year's road safety crackdown, between May and August, 230 drivers "
            "failed a drug wipe.",
            [("between May and August", "2024-05-01", "2024-08-31")],
        ),
        # near misses: this year's event, a sentence between, a year of its own
        (
            "During this year's summer campaign, between 1 June and 30 June, officers "
            "arrested 88 drivers.",
            [("between 1 June and 30 June", "2025-06-01", "2025-06-30")],
        ),
        (
            "Last year's campaign was a success. Between 1 June and 30 June, officers "
            "arrested 88 drivers.",
            [("Between 1 June and 30 June", "2025-06-01", "2025-06-30")],
        ),
        (
            "During last year's campaign, between 1 June and 31 August 2022, officers "
            "arrested 88 drivers.",
            [("between 1 June and 31 August 2022", "2022-06-01", "2022-08-31")],
        ),
    ],
)
def test_a_range_after_last_years_event_is_last_years(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    got = [p for p in dated_phrases(text, P) if "last year" not in p[0].lower()]
    assert got == expected
