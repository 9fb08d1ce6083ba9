"""Hours spent or put in, with a qualifier between the verb and the count, are a total of
time put in, not a duration: the leads ``spent-more-than``, ``put-in-around`` and the like,
``spent-an-estimated`` and ``put-in``, of ``duration_guards.GIVEN_HOURS_LEADS`` (each only
before 100 or more). Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.duration_guards import GIVEN_HOURS_LEADS
from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2026, 5, 20)
Y2025 = ("2025-01-01", "2025-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Street triage nurses spent more than 4,300 hours with people in crisis in 2025.",
            [(4300, "hours", Y2025)],
            id="spent-more-than",
        ),
        pytest.param(
            "Call advisers spent almost 9,100 hours on the phone to victims in 2025.",
            [(9100, "hours", Y2025)],
            id="spent-almost",
        ),
        pytest.param(
            "People on community orders put in 2,650 hours clearing litter in 2025.",
            [(2650, "hours", Y2025)],
            id="put-in",
        ),
        pytest.param(
            "Cadets put in around 1,200 hours at public events in 2025.",
            [(1200, "hours", Y2025)],
            id="put-in-around",
        ),
        pytest.param(
            "Search teams spent an estimated 12,600 hours looking for missing adults in 2025.",
            [(12600, "hours", Y2025)],
            id="spent-an-estimated",
        ),
        pytest.param(
            "Staff lost an estimated 2,400 days to stress-related sickness in 2025.",
            [(2400, "days", Y2025)],
            id="lost-an-estimated",
        ),
        # near misses: one stretch under 100 hours stays a duration
        pytest.param(
            "The climber spent an estimated 20 hours on the ledge in 2025.", [], id="one-estimate"
        ),
        pytest.param("The man spent more than 30 hours in custody in 2025.", [], id="one-stretch"),
        pytest.param("Each volunteer put in 12 hours at the event in 2025.", [], id="one-shift"),
    ],
)
def test_hours_spent_are_counted(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    assert unit_periods_of(nlp, text, P) == expected


def test_the_leads_are_named() -> None:
    names = {lead.name for lead in GIVEN_HOURS_LEADS}
    assert {"spent-more-than", "spent-almost", "put-in", "put-in-around"} <= names
    assert {"spent-an-estimated", "lost-an-estimated"} <= names
