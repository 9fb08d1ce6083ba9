"""A one-day event named by its weekday (rule ``weekday_event`` of
:mod:`pressfacts.statistics.period_weekday_events`): "Saturday's derby" is the latest
Saturday on or before P.

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pressfacts.statistics.periods import UNRESOLVED, find_period_phrases

MONDAY = dt.date(2025, 4, 14)


def periods(text: str, published: dt.date | None) -> list[tuple[str, str] | None]:
    """Every period phrase of ``text`` as ISO dates (None when undated)."""
    return [
        None if p.kind == UNRESOLVED else (p.start.isoformat(), p.end.isoformat())
        for p in find_period_phrases(text, published)
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "Durham Constabulary made six arrests after Saturday's derby at the stadium.",
            MONDAY,
            [("2025-04-12", "2025-04-12")],
            id="saturdays-derby",
        ),
        pytest.param(
            "Twelve people were held during Sunday's march through Bristol.",
            MONDAY,
            [("2025-04-13", "2025-04-13")],
            id="sundays-march",
        ),
        pytest.param(
            "Police seized 40 flares at Tuesday's cup final.",
            dt.date(2025, 5, 20),
            [("2025-05-20", "2025-05-20")],
            id="weekday-of-p",
        ),
        pytest.param(
            "Around 300 officers policed Friday's home match.",
            MONDAY,
            [("2025-04-11", "2025-04-11")],
            id="fridays-home-match",
        ),
        # near misses: an event to come, a weekday alone, no P
        pytest.param(
            "Extra patrols will run ahead of Saturday's match.",
            MONDAY,
            [],
            id="ahead-of-saturdays-match",
        ),
        pytest.param(
            "Officers made 14 arrests on Saturday.",
            MONDAY,
            [],
            id="weekday-alone",
        ),
        pytest.param(
            "Four fans were arrested at Saturday's game.",
            None,
            [None],
            id="no-publication-date",
        ),
    ],
)
def test_weekday_event(
    text: str, published: dt.date | None, expected: list[tuple[str, str] | None]
) -> None:
    assert periods(text, published) == expected
