"""A weekday in a clause told in the past is the latest such day by P even when a later
clause of the sentence speaks of what is to come (rule ``past_clause_before_future``:
", which will …", ", who will …", a dash); a word of what is to come before the weekday or
in its own clause still makes it the next such day (rule ``future_weekday``). Sentences
invented; P is Thursday 13 November 2025."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 13)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Councillors voted by 11 votes to four on Monday to approve the plan, which will "
            "see bills rise from April.",
            {11: ("2025-11-10", "2025-11-10")},
        ),
        (
            "The force recruited 24 special constables on Tuesday, who will start patrols "
            "in Ipswich next month.",
            {24: ("2025-11-11", "2025-11-11")},
        ),
        (
            "Officers seized 35 e-scooters on Saturday - they will be crushed in December.",
            {35: ("2025-11-08", "2025-11-08")},
        ),
        # near misses: the future before the weekday or in its own clause (the next day)
        (
            "The trust will hand out 300 alarms on Saturday, which were bought by the council.",
            {300: ("2025-11-15", "2025-11-15")},
        ),
        (
            "Volunteers gathered and 60 marshals will be on duty on Sunday, which is the "
            "last day of the festival.",
            {60: ("2025-11-16", "2025-11-16")},
        ),
        (
            "The panel is due to vote on the 12 proposals on Friday, which were published "
            "last week.",
            {12: ("2025-11-14", "2025-11-14")},
        ),
    ],
)
def test_period_past_clause_before_future(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert {k: v for k, v in periods_of(nlp, text, P).items() if k in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Five men were charged on Sunday and will appear before magistrates in Swansea "
            "next month.",
            {5: ("2025-11-09", "2025-11-09")},
        ),
        (
            "Three women were arrested on Friday and are due to be interviewed by detectives.",
            {3: ("2025-11-07", "2025-11-07")},
        ),
        (
            "Officers seized 48 plants on Monday, and will send them away for testing.",
            {48: ("2025-11-10", "2025-11-10")},
        ),
        # near misses: the future before the weekday, and no verb of the past (the next day)
        (
            "The 30 volunteers will meet on Saturday and will hand out leaflets in Rhyl.",
            {30: ("2025-11-15", "2025-11-15")},
        ),
        (
            "Some 40 marshals are on duty on Sunday and will close the road at noon.",
            {40: ("2025-11-16", "2025-11-16")},
        ),
    ],
)
def test_period_past_clause_and_future(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    """Rule ``past_clause_and_future``: "… on Sunday and will …" after a clause told in the
    past is the Sunday before P."""
    assert {k: v for k, v in periods_of(nlp, text, P).items() if k in expected} == expected
