"""One week or fortnight up to a stated day (rule ``unit_before_day`` of
``period_durations.UNITS_BEFORE_RULES``: "in the fortnight before 5 November"), as
``units_before_day`` reads a number of them; sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Trading standards officers seized 310kg of fireworks in Bradford in the "
            "fortnight before 5 November.",
            {310: ("2025-10-22", "2025-11-04")},
            id="fortnight-before-day",
        ),
        pytest.param(
            "Cleveland Police took 64 calls about nuisance bikes during the week before "
            "Saturday 1 November.",
            {64: ("2025-10-25", "2025-10-31")},
            id="week-before-weekday-date",
        ),
        pytest.param(
            "Wardens handed out 1,200 leaflets over the week leading up to the match on "
            "8 November.",
            {1200: ("2025-11-01", "2025-11-07")},
            id="week-leading-up-to-event-day",
        ),
        # near misses: a holiday keeps its own rule; no day after the event; "the week
        # before" alone points back, not to the day stated later
        pytest.param(
            "Officers made 21 arrests in the week before Christmas.",
            {21: ("2024-12-18", "2024-12-24")},
            id="holiday-not-a-day",
        ),
        pytest.param(
            "Officers made 21 arrests in the week before polling day.",
            {21: None},
            id="event-without-day",
        ),
    ],
)
def test_one_unit_before_a_day(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    found = periods_of(nlp, text, P)
    assert {value: found.get(value) for value in expected} == expected
