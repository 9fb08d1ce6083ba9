""" "During the day-long operation" (or "single-day") refers back to the day stated before:
a one-day operation's figures count that day (rule ``day_long_the_operation`` of the
period rule ``the_operation``, :func:`pressfacts.statistics.period_rules.resolve_the_operation`).
Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 10, 20)
SATURDAY = ("2026-10-17", "2026-10-17")

ROWS = [
    pytest.param(
        "Seven people were found carrying blades after police set up a knife arch outside "
        "Bolton bus station on Saturday.\n\nOfficers said 1,620 people walked through the arch "
        "during the day-long operation.",
        {7: SATURDAY, 1620: SATURDAY},
        id="day-long",
    ),
    pytest.param(
        "Seven people were found carrying blades after police set up a knife arch outside "
        "Bolton bus station on Saturday.\n\nOfficers said 1,620 people walked through the arch "
        "during the day long operation.",
        {7: SATURDAY, 1620: SATURDAY},
        id="day-long-unhyphenated",
    ),
    # near miss: a week stated before is no one-day operation's span
    pytest.param(
        "Police ran knife arches in Bolton from 12 to 18 October.\n\nOfficers said 1,620 "
        "people walked through the arches during the day-long operation.",
        {1620: None},
        id="a-week-before",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_day_long_the_operation(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    found = periods_of(nlp, text, P)
    assert {value: found.get(value) for value in expected} == expected
