""" "since the arrests in November": an event named by its noun and dated by a month alone
starts a span that runs to the publication date (period rule ``since_the_event_month``).
Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import dated_phrases

P = dt.date(2025, 9, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Break-ins fell by 40% since the arrests in November.",
            [("since the arrests in November", "2024-11-01", "2025-09-15")],
        ),
        (
            "Thefts dropped by a fifth since its launch in May.",
            [("since its launch in May", "2025-05-01", "2025-09-15")],
        ),
        (
            "Reports are down 12% since the new cameras went up in July.",
            [("since the new cameras went up in July", "2025-07-01", "2025-09-15")],
        ),
        # near misses: no month; a month with its year (the year's rule); a month that is a
        # name's part ("May" as a surname needs "in" first: none here)
        ("Calls rose 10% since the arrests.", []),
        (
            "Calls rose 10% since the arrests in November 2023.",
            [("since the arrests in November 2023", "2023-11-01", "2025-09-15")],
        ),
        ("Calls rose since the visit by Theresa May.", []),
    ],
)
def test_since_an_event_in_a_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dated_phrases(text, P) == expected
