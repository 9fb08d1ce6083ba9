"""A figure counted while an order was in force ("While they were in place, …", "Under
the order, …") takes the order's span stated just before (``while_in_force``); sentences
invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pressfacts.statistics.periods import UNRESOLVED, find_period_phrases

P = dt.date(2025, 11, 12)  # a Wednesday


def periods(text: str) -> list[tuple[str, str, str]]:
    """(phrase, start, end) of every dated period phrase of ``text``."""
    return [
        (text[p.start_char : p.end_char], p.start.isoformat(), p.end.isoformat())
        for p in find_period_phrases(text, P)
        if p.kind != UNRESOLVED
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A dispersal order ran from 5pm on 1 November to 5am on 3 November in Hyde. "
            "While it was in force, 31 people were moved on.",
            [
                ("from 5pm on 1 November to 5am on 3 November", "2025-11-01", "2025-11-03"),
                ("While it was in force", "2025-11-01", "2025-11-03"),
            ],
        ),
        (
            "Curfews covered Rhyl between 7 and 9 November. Under the curfews, 12 teenagers "
            "were taken home.",
            [
                ("between 7 and 9 November", "2025-11-07", "2025-11-09"),
                ("Under the curfews", "2025-11-07", "2025-11-09"),
            ],
        ),
        (
            "Orders covered two parks from 31 October to 2 November. Whilst the dispersal "
            "orders were in place, officers seized 40 fireworks.",
            [
                ("from 31 October to 2 November", "2025-10-31", "2025-11-02"),
                ("Whilst the dispersal orders were in place", "2025-10-31", "2025-11-02"),
            ],
        ),
        # near misses: what the order permits; a standing order's powers after a year;
        # "the order of" a court
        (
            "The order ran from 5pm on 1 November to 5am on 3 November. Under the order, "
            "wardens can issue £90 fines.",
            [("from 5pm on 1 November to 5am on 3 November", "2025-11-01", "2025-11-03")],
        ),
        (
            "Reports fell to 900 in 2024. Under the order, wardens can issue £100 fines.",
            [("in 2024", "2024-01-01", "2024-12-31")],
        ),
        (
            "Between 1 and 3 May 14 people were held. Under the order of the court, 3 were "
            "released.",
            [("Between 1 and 3 May", "2025-05-01", "2025-05-03")],
        ),
    ],
)
def test_while_the_order_was_in_force(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert periods(text) == expected
