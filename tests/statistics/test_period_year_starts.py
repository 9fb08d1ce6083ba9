"""The start of last year as the start of a span to P (rules ``since_start_last_year`` and
``since_event_last_year``)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 3, 20)

ROWS: list[tuple[str, float, tuple[str, str] | None]] = [
    (
        "Waste has been dumped on the farm on 11 occasions since the start of last year.",
        11,
        ("2024-01-01", "2025-03-20"),
    ),
    (
        "The team has seized 64 vans since the beginning of last year.",
        64,
        ("2024-01-01", "2025-03-20"),
    ),
    (
        "The charity has helped 310 families since the turn of last year.",
        310,
        ("2024-01-01", "2025-03-20"),
    ),
    (
        "Break-ins at the allotments fell by 40% since the society fitted alarms last year.",
        40,
        ("2024-01-01", "2025-03-20"),
    ),
    (
        "Fly-tipping reports dropped by 15% since they were given night patrols last year.",
        15,
        ("2024-01-01", "2025-03-20"),
    ),
    (
        "The library has lent 900 tablets since its digital scheme began last year.",
        900,
        ("2024-01-01", "2025-03-20"),
    ),
    # near misses: the rules must not fire
    ("Officers made 42 arrests, up 10% since last year.", 42, None),
    (
        "Vandalism has fallen by 30% since the cameras went up, compared with last year.",
        30,
        None,
    ),
    (
        "Officers have made 42 arrests since the start of the year.",
        42,
        ("2025-01-01", "2025-03-20"),
    ),
    ("Officers made 42 arrests last year.", 42, ("2024-01-01", "2024-12-31")),
    ("Officers made 42 arrests by the end of last year.", 42, ("2024-01-01", "2024-12-31")),
]


@pytest.mark.parametrize(("text", "value", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_since_last_year_rules(
    nlp: Language, periods_of: PeriodsOf, text: str, value: float, expected: tuple[str, str] | None
) -> None:
    assert periods_of(nlp, text, P)[value] == expected


def test_an_event_of_last_year_is_not_the_year_start() -> None:
    from pressfacts.statistics.period_year_starts import SINCE_START_LAST_YEAR

    assert SINCE_START_LAST_YEAR.search("since the start of last year's campaign") is None
