"""A weekday a meeting was held on dates a vote told right after it (rule
``vote_at_meeting_day``, ``period_told_bodies.VOTE_AT_MEETING_AFTER``), not the telling of
figures; figures put before a meeting with no vote keep no period (``past_weekday``'s
reporting day). Sentences invented; P is Thursday 13 November 2025."""

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
            "The plan was approved at a meeting of the fire authority on Tuesday, where "
            "nine members voted in favour.",
            {9: ("2025-11-11", "2025-11-11")},
        ),
        (
            "At its meeting on Monday, Powys councillors voted by 31 votes to 12 to close the "
            "depot.",
            {31: ("2025-11-10", "2025-11-10"), 12: ("2025-11-10", "2025-11-10")},
        ),
        (
            "The scheme was backed at the cabinet meeting on Wednesday, with seven members in "
            "favour and two abstentions.",
            {7: ("2025-11-12", "2025-11-12")},
        ),
        # near misses: figures put before a meeting, no vote (the day of the telling)
        (
            "Figures presented at a meeting on Monday showed 214 burglaries in Newport.",
            {214: None},
        ),
        (
            "The board heard at its meeting on Wednesday that 58 staff had left the service.",
            {58: None},
        ),
    ],
)
def test_period_vote_at_meeting_day(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert {k: v for k, v in periods_of(nlp, text, P).items() if k in expected} == expected
