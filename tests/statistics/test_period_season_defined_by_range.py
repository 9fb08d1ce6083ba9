"""A season whose months the release stated itself: a month range its sentence calls that
season makes the release's later phrases of the season those months (rule
``season_defined_by_range``, :mod:`pressfacts.statistics.period_season_defined`); the
same months told again with no count (rule ``same_months`` of the rule ``same``).
Sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import dated_phrases

ROWS = [
    (
        "2026-11-02",
        "Between April and October, coastguard teams in Northumberland were called out 412 "
        "times, a record summer for the service. Over the summer, 58 people were cut off by "
        "the tide.",
        [
            ("Between April and October", "2026-04-01", "2026-10-31"),
            ("Over the summer", "2026-04-01", "2026-10-31"),
        ],
    ),
    (
        "2026-06-10",
        "Between February and May, the wettest spring in years, anglers reported 31 pollution "
        "incidents on the River Wye. In the spring of 2025 there were 19.",
        [
            ("Between February and May", "2026-02-01", "2026-05-31"),
            ("In the spring of 2025", "2025-02-01", "2025-05-31"),
        ],
    ),
    (
        "2026-10-12",
        "Lifeguards in Pembrokeshire helped 2,310 people from May to September, their busiest "
        "summer yet. This summer 14 beaches had a lifeguard every day.",
        [
            ("from May to September", "2026-05-01", "2026-09-30"),
            ("This summer", "2026-05-01", "2026-09-30"),
        ],
    ),
]

SAME_MONTHS = [
    (
        "2026-09-15",
        "Between June and August, lifeguards in Newquay treated 320 casualties. During the "
        "same months, 41 dogs were rescued from the sea.",
        [
            ("Between June and August", "2026-06-01", "2026-08-31"),
            ("During the same months", "2026-06-01", "2026-08-31"),
        ],
    ),
    (
        "2026-09-15",
        "From 1 July to 11 August, Devon and Cornwall Police logged 64 reports of jet ski "
        "nuisance. In the same weeks, 12 riders were reported.",
        [
            ("From 1 July to 11 August", "2026-07-01", "2026-08-11"),
            ("In the same weeks", "2026-07-01", "2026-08-11"),
        ],
    ),
]

NEAR_MISSES = [
    # the range's sentence names no season: the calendar's summer
    (
        "2026-10-05",
        "Between May and September, crews launched 300 times. Over the summer, 40 people "
        "were rescued.",
        [
            ("Between May and September", "2026-05-01", "2026-09-30"),
            ("Over the summer", "2026-06-01", "2026-08-31"),
        ],
    ),
    # the season is named only by a period phrase comparing with another year's
    (
        "2026-10-05",
        "Between May and September 640 stops were made, 55 fewer than last summer. Over the "
        "summer, 40 people were rescued.",
        [
            ("Between May and September", "2026-05-01", "2026-09-30"),
            ("last summer", "2025-06-01", "2025-08-31"),
            ("Over the summer", "2026-06-01", "2026-08-31"),
        ],
    ),
    # the season word is no name of the range: "ahead of the summer", "summer safety talks"
    (
        "2026-10-05",
        "Between April and July, officers seized 40 off-road bikes ahead of the summer. Over "
        "the summer, 12 more were seized.",
        [
            ("Between April and July", "2026-04-01", "2026-07-31"),
            ("Over the summer", "2026-06-01", "2026-08-31"),
        ],
    ),
    (
        "2026-10-05",
        "From May to July, the team gave 60 summer safety talks in schools. Over the summer, "
        "9 children were rescued.",
        [
            ("From May to July", "2026-05-01", "2026-07-31"),
            ("Over the summer", "2026-06-01", "2026-08-31"),
        ],
    ),
    # another season than the one the range is called
    (
        "2026-12-05",
        "Between May and September, their busiest summer, crews launched 300 times. Over the "
        "autumn, 12 people were rescued.",
        [
            ("Between May and September", "2026-05-01", "2026-09-30"),
            ("Over the autumn", "2026-09-01", "2026-11-30"),
        ],
    ),
    # "the same months" of another year are that year's (rules of their own)
    (
        "2026-09-15",
        "Between June and August, lifeguards treated 320 casualties, against 280 during the "
        "same months last year.",
        [
            ("Between June and August", "2026-06-01", "2026-08-31"),
            ("during the same months last year", "2025-06-01", "2025-08-31"),
        ],
    ),
    (
        "2026-09-15",
        "Between June and August, lifeguards treated 320 casualties, against 280 in the same "
        "months of 2024.",
        [
            ("Between June and August", "2026-06-01", "2026-08-31"),
            ("in the same months of 2024", "2024-06-01", "2024-08-31"),
        ],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), ROWS)
def test_a_season_takes_the_months_the_release_called_it(
    published: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """Rule ``season_defined_by_range``."""
    assert dated_phrases(text, dt.date.fromisoformat(published)) == expected


@pytest.mark.parametrize(("published", "text", "expected"), SAME_MONTHS)
def test_the_same_months_are_the_span_stated_before(
    published: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """Rule ``same_months``."""
    assert dated_phrases(text, dt.date.fromisoformat(published)) == expected


@pytest.mark.parametrize(("published", "text", "expected"), NEAR_MISSES)
def test_near_misses_keep_their_own_reading(
    published: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """Neither rule takes these."""
    assert dated_phrases(text, dt.date.fromisoformat(published)) == expected
