"""An event of a week or a stated length told with where it was held before its end ("a
two-week operation at stations on the Elizabeth line, which ended on Friday") is dated as
one told without it (rule ``event_place_ended``, ``period_week_ended._WHERE_HELD``). Every
sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 10, 20)  # a Monday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "British Transport Police made 63 arrests during a two-week operation at stations "
            "on the Elizabeth line, which ended on Friday.",
            [(63, "arrests", ("2025-10-04", "2025-10-17"))],
            id="two-week-operation-at-stations",
        ),
        pytest.param(
            "Essex Police seized 48 knives during a week of action across the county that ended "
            "on Sunday.",
            [(48, "knives", ("2025-10-13", "2025-10-19"))],
            id="week-of-action-across-the-county",
        ),
        # near miss: the end told in a sentence of its own
        pytest.param(
            "Essex Police seized 48 knives during a week of action in Basildon. It ended on "
            "Sunday.",
            [(48, "knives", None)],
            id="near-miss-end-in-its-own-sentence",
        ),
    ],
)
def test_an_event_with_its_place_ended_on_a_weekday(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
