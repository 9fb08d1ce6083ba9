"""A span of whole years or months counted back from a month and year, an event's words
between ("in the two years before the cameras went live in July 2024"): the whole units
that end with the month before the one named (rule ``units_before_month`` of
:mod:`pressfacts.statistics.period_before_event`). Sentences invented for these tests;
the near misses are a span after the month and a span with no month after "before"
(left to the rules that read it before)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import dated_phrases

P = dt.date(2026, 9, 3)

ROWS = [
    pytest.param(
        "Police recorded 22 crashes on the A487 in the three years before the speed limit was "
        "cut in April 2023.",
        [
            (
                "in the three years before the speed limit was cut in April 2023",
                "2020-04-01",
                "2023-03-31",
            )
        ],
        id="years-before-event",
    ),
    pytest.param(
        "There were 41 complaints over the 12 months before January 2025.",
        [("over the 12 months before January 2025", "2024-01-01", "2024-12-31")],
        id="months-before-month",
    ),
    pytest.param(
        "Officers stopped 300 drivers during the six months prior to the bridge reopening in "
        "October 2024.",
        [
            (
                "during the six months prior to the bridge reopening in October 2024",
                "2024-04-01",
                "2024-09-30",
            )
        ],
        id="prior-to",
    ),
    # near misses: a span after the month; no month and year after "before"
    pytest.param(
        "There were 9 crashes in the two years after the cameras went live in May 2023.",
        [("in May 2023", "2023-05-01", "2023-05-31")],
        id="after",
    ),
    pytest.param(
        "There were 9 crashes in the two years before the cameras went live.",
        [("two years before", "2024-01-01", "2024-12-31")],  # another rule's, unchanged
        id="no-month",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_units_before_a_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dated_phrases(text, P) == expected


SINCE_ROWS = [
    pytest.param(
        "Police recorded 22 crashes in the three years before the limit was cut in April 2023, "
        "compared with nine since.",
        [
            (
                "in the three years before the limit was cut in April 2023",
                "2020-04-01",
                "2023-03-31",
            ),
            ("since", "2023-04-01", "2026-09-03"),
        ],
        id="compared-with-count-since",
    ),
    pytest.param(
        "There were 41 complaints in the year before the hub opened in May 2025, against 12 since.",
        [
            ("in the year before the hub opened in May 2025", "2024-05-01", "2025-04-30"),
            ("since", "2025-05-01", "2026-09-03"),
        ],
        id="against-digits-since",
    ),
    # near misses: no count before "since"; no dated event before it in its sentence
    pytest.param(
        "The limit was cut in April 2023. Crashes have fallen since.",
        [("in April 2023", "2023-04-01", "2023-04-30")],
        id="no-count",
    ),
    pytest.param(
        "There were 14 thefts in 2023, and 9 since.",
        [("in 2023", "2023-01-01", "2023-12-31")],
        id="no-event-month",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SINCE_ROWS)
def test_since_after_an_event_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dated_phrases(text, P) == expected
