"""Rule ``event-list``: a list lead-in with no period of its own, right after the
sentence that dates an event, governs its list with the event's period."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

PeriodsOf = Callable[[Language, str, dt.date | None], dict[float, tuple[str, str] | None]]
"""The ``periods_of`` fixture (tests/statistics/conftest.py)."""

P = dt.date(2024, 9, 2)
Periods = dict[float, tuple[str, str] | None]

ROWS = [
    pytest.param(
        "The summer campaign ran from 1 June to 31 August.\n\nResults include:\n"
        "- 1,150 drivers tested\n- 230 vehicles seized",
        {1150: ("2024-06-01", "2024-08-31"), 230: ("2024-06-01", "2024-08-31")},
        id="after-the-event",
    ),
    pytest.param(
        "The summer campaign ran from 1 June to 31 August.\n\nOfficers also visited 40 "
        "schools.\n\nPlans include:\n- 1,150 drivers to be tested",
        {40: ("2024-06-01", "2024-08-31"), 1150: None},  # the 40: event_lead_in's
        id="not-right-after-it",
    ),
    pytest.param(
        "The summer campaign led to praise from residents.\n\nResults include:\n"
        "- 1,150 drivers tested",
        {1150: None},
        id="no-dated-event",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_event_lists(nlp: Language, periods_of: PeriodsOf, text: str, expected: Periods) -> None:
    assert periods_of(nlp, text, P) == expected
