"""The first number of a range whose second number is a duration ("between 20 and 26 weeks
of training", "four to six years") is a duration too (the exclusion ``duration-range`` of
``duration_guards.DURATION_EXCLUSIONS``), not a count with "at least". Every sentence is
invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 10, 6)
Y2024 = ("2024-01-01", "2024-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Essex Police trained 90 recruits in 2024, who spent between 18 and 22 weeks in "
            "the classroom.",
            [(90, "recruits", Y2024)],
            id="between-and-weeks",
        ),
        pytest.param(
            "Durham Constabulary hired 35 detectives in 2024 on contracts of four to six years.",
            [(35, "detectives", Y2024)],
            id="to-years-in-words",
        ),
        pytest.param(
            "In 2024 Gwent Police referred 48 officers to a course lasting 10-12 days.",
            [(48, "officers", Y2024)],
            id="hyphened-days",
        ),
        pytest.param(
            "Wiltshire Police said 60 applicants in 2024 waited between three and five months "
            "for vetting.",
            [(60, "applicants", Y2024)],
            id="months-in-words",
        ),
        # near misses: a range of things counted, and hours put in, stay figures
        pytest.param(
            "Cumbria Police seized between 20 and 26 knives in 2024.",
            [(20, "knives", Y2024), (26, "knives", Y2024)],
            id="range-of-knives",
        ),
        pytest.param(
            "In 2024 the specials gave between 400 and 500 hours of patrols a month.",
            [(400, "hours", Y2024), (500, "hours", Y2024)],
            id="hours-of-patrols",
        ),
    ],
)
def test_a_range_of_time_is_a_duration(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
