"""A one-day event named again (``event_day``: "on polling day" after "polling day on 7
May", or dated in place: "on election day, 7 May"); undated when the text never dates it;
sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 5, 20)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "Reports rose to 212 in the six weeks before polling day on 7 May. Officers "
            "visited all 1,138 polling stations in the county on polling day.",
            P,
            {212: ("2026-03-26", "2026-05-06"), 1138: ("2026-05-07", "2026-05-07")},
            id="event-day-dated-before",
        ),
        pytest.param(
            "Returning officers reported 28 incidents at polling stations on election day, 7 May.",
            dt.date(2026, 9, 10),
            {28: ("2026-05-07", "2026-05-07")},
            id="event-day-dated-in-place",
        ),
        # near miss: "on polling day" never dated
        pytest.param(
            "Officers visited 95 polling stations on polling day.",
            P,
            {95: None},
            id="event-day-never-dated",
        ),
    ],
)
def test_event_days(
    nlp: Language, periods_of: PeriodsOf, text: str, published: dt.date, expected: object
) -> None:
    found = periods_of(nlp, text, published)
    assert {value: found.get(value) for value in expected} == expected
