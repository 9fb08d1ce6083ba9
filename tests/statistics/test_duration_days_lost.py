"""Days or hours lost are a count of time lost, not a duration: the leads ``lost``,
``lost-more-than`` and the like of ``duration_guards.GIVEN_HOURS_LEADS`` (each only before
100 or more). Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2026, 5, 20)
Y2025 = ("2025-01-01", "2025-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Injured firefighters lost 2,140 working days to sickness in 2025.",
            [(2140, "days", Y2025)],
            id="lost-working-days",
        ),
        pytest.param(
            "Call handlers in Gwent lost more than 610 days to stress in 2025.",
            [(610, "days", Y2025)],
            id="lost-more-than",
        ),
        pytest.param(
            "Paramedics lost nearly 4,000 hours to injuries in 2025.",
            [(4000, "hours", Y2025)],
            id="lost-nearly-hours",
        ),
        # near misses: one person's few days lost stay a duration; days not lost stay one too
        pytest.param("The sergeant lost 12 days of pay in 2025.", [], id="few-days-lost"),
        pytest.param("The trial lasted 140 days in 2025.", [], id="days-not-lost"),
    ],
)
def test_days_lost_are_counted(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
