"""Rule ``since_act_in_force`` (``period_in_force.SINCE_ACT_IN_FORCE``): "since" a law named
with its year took effect starts a span to P on 1 January of that year; near misses: the
law without its year, a law's year with no "since". Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from pressfacts.statistics.periods import find_periods

P = dt.date(2025, 11, 12)


def spans(text: str) -> list[tuple[str, str]]:
    return [(p.start.isoformat(), p.end.isoformat()) for p in find_periods(text, P)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Since the Police, Crime, Sentencing and Courts Act 2022 came into force, 23 drivers"
            " have been banned",
            [("2022-01-01", "2025-11-12")],
        ),
        (
            "Since the Online Safety Act 2023 became law, officers have charged 14 people",
            [("2023-01-01", "2025-11-12")],
        ),
        (
            "Since the Animal Welfare Act 2006 took effect, 310 owners have been prosecuted",
            [("2006-01-01", "2025-11-12")],
        ),
        # near misses: no year; a law's year with no "since"
        ("Since the Act came into force, 23 drivers have been banned", []),
        ("The Online Safety Act 2023 became law after a long debate", []),
    ],
)
def test_since_act_in_force(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text) == expected
