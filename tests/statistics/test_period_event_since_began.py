"""A lead counting what an event did takes the span of a "since" sentence that dates the
event's start ("Since the operation began in November 2025, …"): from then to P (rule
``event_since_began``, :func:`pressfacts.statistics.period_events.spans_event`). Invented
sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 11, 24)
SINCE_MAY = ("2026-05-01", "2026-11-24")

ROWS = [
    pytest.param(
        "Kent Police has made more than 400 arrests in the first months of its crackdown on "
        "shop theft.\n\nSince the campaign began in May, officers have also recovered 90 "
        "stolen bikes.",
        {400: SINCE_MAY, 90: SINCE_MAY},
        id="since-the-campaign-began",
    ),
    pytest.param(
        "Officers have seized 52 knives during the operation.\n\nSince the operation was "
        "launched in May, 14 people have been charged.",
        {52: SINCE_MAY, 14: SINCE_MAY},
        id="since-the-operation-was-launched",
    ),
    # near misses: what the event does now, told after it ("The operation works with …");
    # a "since" span that dates no event's start
    pytest.param(
        "Officers have arrested 214 people since the operation began in May.\n\nThe "
        "operation works with a radio scheme that links 96 shops.",
        {214: SINCE_MAY, 96: None},
        id="the-event-now",
    ),
    pytest.param(
        "Kent Police has made more than 400 arrests in its crackdown on shop theft.\n\nSince "
        "May, officers have also recovered 90 stolen bikes.",
        {400: None, 90: SINCE_MAY},
        id="since-a-month",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_event_since_began(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
