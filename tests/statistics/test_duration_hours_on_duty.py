"""Hours on duty and hours given with a qualifier are a count of time put in, not a
duration: the leads ``on-duty-for`` and ``gave-more-than``, ``given-nearly`` … of
``duration_guards.GIVEN_HOURS_LEADS`` (each only before 100 or more). Every sentence is
invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 10, 8)
Y2024 = ("2024-01-01", "2024-12-31")
SO_FAR = ("2025-01-01", "2025-10-08")
SINCE_OCTOBER = ("2024-10-01", "2025-10-08")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Special constables in Essex were on duty for 14,200 hours in 2024.",
            [(14200, "hours", Y2024)],
            id="on-duty-for",
        ),
        pytest.param(
            "So far this year, specials in Kent have been on duty for 820 hours.",
            [(820, "hours", SO_FAR)],
            id="have-been-on-duty-for",
        ),
        pytest.param(
            "Since last October, cadets in Surrey have given more than 6,000 hours to events.",
            [(6000, "hours", SINCE_OCTOBER)],
            id="given-more-than",
        ),
        pytest.param(
            "Volunteers in Hampshire gave nearly 4,500 hours in 2024.",
            [(4500, "hours", Y2024)],
            id="gave-nearly",
        ),
        pytest.param(
            "Street pastors in Leeds volunteered around 2,300 hours in 2024.",
            [(2300, "hours", Y2024)],
            id="volunteered-around",
        ),
        # near misses: one shift's few hours stay a duration; hours not put in stay one too
        pytest.param("Officers in Kent were on duty for 12 hours in 2024.", [], id="one-shift"),
        pytest.param("She worked over 12 hours in Leeds in 2024.", [], id="one-stretch"),
        pytest.param("The suspect was held for more than 36 hours in 2024.", [], id="held-for"),
    ],
)
def test_hours_on_duty_are_counted(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
