"""An event told with its object before a season named with "last" ("since the team began
patrolling with drones last autumn") runs from that season's start to P, as "since the pilot
began last autumn" does (``since_days.EVENT_OBJECT_BEFORE_LAST``, rule
``since_season_event_object`` of ``since_season``). Every sentence is invented for this
test."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

from pressfacts.statistics.periods import UNRESOLVED, find_period_phrases

Span = tuple[str, str] | None
PeriodsOf = Callable[[Language, str, dt.date | None], dict[float, Span]]
"""The ``periods_of`` fixture (tests/statistics/conftest.py)."""


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Since the unit began flying drones over the moors last autumn, it has traced 31 "
            "stolen trailers in Cumbria.",
            dt.date(2026, 4, 2),
            {31.0: ("2025-09-01", "2026-04-02")},
        ),
        (
            "Since the council started its fly-tipping hotline last spring, residents have "
            "made 640 reports in Wrexham.",
            dt.date(2025, 11, 20),
            {640.0: ("2025-03-01", "2025-11-20")},
        ),
        (
            "Since wardens began checking waste carriers at the tip last summer, 85 fines "
            "have been issued in Barnsley.",
            dt.date(2026, 1, 15),
            {85.0: ("2025-06-01", "2026-01-15")},
        ),
    ],
)
def test_an_event_with_its_object_last_season_runs_to_p(
    nlp: Language, periods_of: PeriodsOf, text: str, published: dt.date, expected: dict[float, Span]
) -> None:
    assert periods_of(nlp, text, published) == expected


def test_a_last_season_after_a_determiner_is_no_start() -> None:
    """Near miss: "its last summer campaign" names a campaign, not the season the span runs
    from."""
    text = "Since the force began its last summer campaign, 12 people were held in Rhyl."
    found = find_period_phrases(text, dt.date(2026, 6, 18))
    assert all(p.kind == UNRESOLVED for p in found)
