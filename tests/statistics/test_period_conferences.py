"""A conference is an event (:data:`pressfacts.statistics.period_events.EVENT_WORDS`, rule
``conference_event``): once a sentence dates it ("The conference, which ran from 5 to 8
October, …"), the figures counted "during the conference" after it take its span, as those
of a festival or carnival do; a conference never dated leaves them undated.

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 10, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Policing the three-day conference, which ran from 5 to 7 October, cost West "
            "Midlands Police £2.9m. Officers made 14 arrests during the conference.",
            {2900000.0: ("2026-10-05", "2026-10-07"), 14.0: ("2026-10-05", "2026-10-07")},
            id="during-the-conference",
        ),
        pytest.param(
            "The party conference took place between 4 and 7 October. At its peak, 900 "
            "officers were on duty during the conference.",
            {900.0: ("2026-10-04", "2026-10-07")},
            id="conference-took-place",
        ),
        # near miss: a conference never dated
        pytest.param(
            "Officers made 14 arrests during the conference.",
            {14.0: None},
            id="undated-conference",
        ),
    ],
)
def test_conference_dates_its_figures(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    expected: dict[float, tuple[str, str] | None],
) -> None:
    assert periods_of(nlp, text, P) == expected
