"""A headcount "there were" in a place on a day ("There were 146,830 officers in England
and Wales on 31 March 2025"), and a share of a headcount in a sentence opened by the day
("On 31 March, women made up 36% of officers"), are stocks counted that day (rules
``snapshot_day`` and ``snapshot_on_day`` of ``snapshot_days``). Every sentence is
invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 7, 24)
DAY = ("2025-03-31", "2025-03-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "There were 3,480 police officers in Kent on 31 March 2025.",
            {3480: DAY},
            id="there-were-officers-in-place",
        ),
        pytest.param(
            "There were 612 PCSOs in West Yorkshire on 31 March, 40 fewer than a year earlier.",
            {612: DAY, 40: ("2024-03-31", "2025-03-31")},
            id="there-were-pcsos-then-change",
        ),
        pytest.param(
            "On 31 March, women made up 38.2% of officers in Dorset.",
            {38.2: DAY},
            id="on-day-made-up-share-of-officers",
        ),
        pytest.param(
            "On 31 March 2025, black officers made up 2.1% of the workforce in Essex.",
            {2.1: DAY},
            id="on-day-made-up-share-of-workforce",
        ),
        pytest.param(
            "There were 2,915 full-time equivalent police officers in Essex on 31 March 2025.",
            {2915: DAY},
            id="there-were-full-time-equivalent-three-words",
        ),
        pytest.param(
            "Cumbria Constabulary had 1,262 full-time equivalent police officers on 31 March.",
            {1262: DAY},
            id="had-full-time-equivalent-three-words",
        ),
        pytest.param(
            "There were 318 FTE special constables in Suffolk on 31 March.",
            {318: DAY},
            id="there-were-fte-abbreviated",
        ),
        # near misses: events on a day, and a share of those arrested
        pytest.param(
            "There were 55 full-time equivalent arrests in Essex on 3 May.",
            {55: None},
            id="there-were-full-time-equivalent-not-headcount",
        ),
        pytest.param(
            "There were 40 arrests in Kent on 3 May.",
            {40: None},
            id="there-were-arrests",
        ),
        pytest.param(
            "On 3 May, women made up 40% of those arrested in Kent.",
            {40: None},
            id="share-of-arrested",
        ),
    ],
)
def test_a_headcount_on_a_day(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected
