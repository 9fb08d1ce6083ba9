"""A survey's finding reported after "found that" takes the period of its own clause, not the
fieldwork's stated before the verb (``period_clauses.FINDING_CLAUSE``, rule
``finding_clause``), and a sentence pointing back at the finding takes the finding's period
(``period_clauses.finding_main``, rule ``finding_main``). Every sentence is invented for the
test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 5, 20)
PAST_12 = ("2025-05-01", "2026-04-30")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A poll of 1,600 paramedics, conducted in February, found that 44% had been "
            "threatened in the past 12 months.",
            {1600: ("2026-02-01", "2026-02-28"), 44: PAST_12},
            id="poll-conducted-in-month",
        ),
        pytest.param(
            "The Unison survey of 2,300 nurses, carried out between January and March, "
            "showed that one in four had been hit at work in 2025.",
            {2300: ("2026-01-01", "2026-03-31"), 25: ("2025-01-01", "2025-12-31")},
            id="survey-carried-out-showed",
        ),
        pytest.param(
            "The study, completed by 740 firefighters in March, revealed that 31% had been "
            "attacked on duty in the past 12 months.",
            {740: ("2026-03-01", "2026-03-31"), 31: PAST_12},
            id="study-completed-revealed",
        ),
        pytest.param(
            "A survey of 900 call handlers, carried out in April, found that 62% had been "
            "abused over the phone in the past 12 months. One in three of those abused had "
            "not reported it.",
            {900: ("2026-04-01", "2026-04-30"), 62: PAST_12, 33.3: PAST_12},
            id="pointing-back-at-the-finding",
        ),
        # near misses: a finding with no period of its own keeps the survey's; one
        # subject's two acts ("and found that") stay one clause
        pytest.param(
            "A survey in April found that 38% of wardens had been sworn at.",
            {38: ("2026-04-01", "2026-04-30")},
            id="finding-without-its-own-period",
        ),
        pytest.param(
            "Officers stopped 420 vans during March and found that 61 vans had no insurance.",
            {420: ("2026-03-01", "2026-03-31"), 61: ("2026-03-01", "2026-03-31")},
            id="and-found-that",
        ),
    ],
)
def test_a_finding_takes_its_own_period(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
