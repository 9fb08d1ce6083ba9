"""Flying hours are a count of hours in the air, not a duration: the leads ``flew`` and
``flown`` of ``duration_guards.GIVEN_HOURS_LEADS`` (each only before 100 or more). Every
sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2026, 5, 20)
Y2025 = ("2025-01-01", "2025-12-31")
SO_FAR = ("2026-01-01", "2026-05-20")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Gwent Police's drone team flew 1,870 hours in 2025.",
            [(1870, "hours", Y2025)],
            id="unit-flew",
        ),
        pytest.param(
            "So far this year, pilots in Kent have flown 430 hours.",
            [(430, "hours", SO_FAR)],
            id="pilots-have-flown",
        ),
        pytest.param(
            "The National Police Air Service flew 14,200 hours in 2025.",
            [(14200, "hours", Y2025)],
            id="air-service-flew",
        ),
        # near misses: one sortie's few hours stay a duration; hours not flown stay one too
        pytest.param("The helicopter flew 12 hours in 2025 without a fault.", [], id="few-hours"),
        pytest.param("The search lasted 140 hours in 2025.", [], id="hours-not-flown"),
    ],
)
def test_flying_hours_are_counted(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
