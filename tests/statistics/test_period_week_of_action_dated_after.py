"""A sentence that names an event as its period and dates it by the range right after
("Forces took part in the week of action between 10 and 16 November") dates that event,
so a lead counting "during a national week of action" takes the range (rule
``event_week_dated_after``, :func:`pressfacts.statistics.period_events.spans_event`).
Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 24)
WEEK = ("2025-11-10", "2025-11-16")

ROWS = [
    pytest.param(
        "More than 900 people were arrested during a national county lines intensification "
        "week, the agency said.\n\nForces across England and Wales took part in the week of "
        "action between 10 and 16 November, which also saw 140 knives seized.",
        {900: WEEK, 140: WEEK},
        id="lead-then-the-week-of-action-between",
    ),
    pytest.param(
        "Police in Wales seized 75 knives during a week of action, the forces said.\n\nAll "
        "forces joined in the week of action from 10 to 16 November.",
        {75: WEEK},
        id="lead-then-the-week-of-action-from",
    ),
    # near miss: no range right after the event's name
    pytest.param(
        "Police in Wales seized 75 knives during a week of action, the forces said.\n\nAll "
        "forces joined in the week of action, which was praised by ministers.",
        {75: None},
        id="no-range-after",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_event_week_dated_after(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
