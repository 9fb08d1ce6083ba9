"""A one-day event named by its weekday (rule ``weekday_event`` of
:mod:`pressfacts.statistics.period_weekday_events`): "Saturday's derby" is the latest
Saturday on or before P.

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import phrase_spans

MONDAY = dt.date(2025, 4, 14)


periods = phrase_spans


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
            [("2025-04-12", "2025-04-12")],  # rule past_weekday's, not weekday_event's
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


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "Six fans were held after Sunday's derby. About 350 officers were on duty for the "
            "match.",
            MONDAY,
            [("2025-04-13", "2025-04-13"), ("2025-04-13", "2025-04-13")],
            id="for-the-match",
        ),
        pytest.param(
            "Police policed Saturday's cup final. Stewards ejected 12 fans at the game.",
            MONDAY,
            [("2025-04-12", "2025-04-12"), ("2025-04-12", "2025-04-12")],
            id="at-the-game",
        ),
        # near misses: no weekday's event before, another match named whole
        pytest.param(
            "Around 200 officers were on duty for the match.",
            MONDAY,
            [],
            id="no-event-before",
        ),
        pytest.param(
            "Fans were held after Saturday's derby. Officers recalled the game between the "
            "sides in 2019.",
            MONDAY,
            [("2025-04-12", "2025-04-12"), ("2019-01-01", "2019-12-31")],
            id="the-game-between",
        ),
    ],
)
def test_the_match(
    text: str, published: dt.date | None, expected: list[tuple[str, str] | None]
) -> None:
    assert periods(text, published) == expected
