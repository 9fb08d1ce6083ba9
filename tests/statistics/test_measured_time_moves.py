"""An average's move from one time to another ("the average wait fell from 14 minutes to
just under seven minutes") gives both times as figures (``_AVERAGE_BEFORE`` in
``measured_times``; sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 9, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The average wait for a 101 call in Kent fell from 12 minutes to just under "
            "five minutes.",
            [(12, "minutes"), (5, "minutes")],
        ),
        (
            "In Gwent, the average time taken to reach rural emergencies has come down from "
            "24 minutes to 19 minutes.",
            [(24, "minutes"), (19, "minutes")],
        ),
        (
            "The median wait for a first hearing rose from 41 days to 58 days in Cardiff.",
            [(41, "days"), (58, "days")],
        ),
    ],
)
def test_an_averages_move_gives_both_times(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(v, u) for v, u, _ in unit_periods_of(nlp, text, P)] == expected


def test_a_target_stays_a_threshold(nlp: Language, unit_periods_of: UnitPeriodsOf) -> None:
    # near miss: no average; a time after "within" is a window
    text = "Calls in Kent fell from 900 to 700, and most were answered within five minutes."
    assert [(v, u) for v, u, _ in unit_periods_of(nlp, text, P)] == [(900, "calls"), (700, "calls")]
