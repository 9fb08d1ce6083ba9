"""What was counted during a thing whose start a relative clause dates runs from that
start to the release date (rule ``during_since_began``): "seized 3kg during the
investigation, which began in March 2024". Near misses keep their own reading: an event
whose clause states its span ("which ran from 1 to 7 May"), and a start with no "during"
("The investigation, which began in December, …": its month). Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest

from pressfacts.statistics.periods import find_periods

P = dt.date(2025, 11, 10)
CASES: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Detectives seized 3kg of cocaine during the investigation, which began in March 2024.",
        [("2024-03-01", "2025-11-10")],
    ),
    (
        "Officers made 11 arrests during the operation that started in May.",
        [("2025-05-01", "2025-11-10")],
    ),
    (
        "Officers made 11 arrests during the inquiry, which began in 2023.",
        [("2023-01-01", "2025-11-10")],
    ),
    # near misses
    (
        "Officers made 11 arrests during the operation, which ran from 1 to 7 May.",
        [("2025-05-01", "2025-05-07")],
    ),
    (
        "The investigation, which began in December, led to 11 arrests.",
        [("2024-12-01", "2024-12-31")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_during_a_thing_begun_then(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.start.isoformat(), p.end.isoformat()) for p in find_periods(text, P)] == expected
