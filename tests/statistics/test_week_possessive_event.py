""" "last week's" / "this week's" before an event it names dates that event by that week
(rule ``week_possessive_event``); before a document or a figure it does not. Sentences
invented; P is Thursday 13 November 2025."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 13)
LAST_WEEK = ("2025-11-03", "2025-11-09")
THIS_WEEK = ("2025-11-10", "2025-11-13")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kent Police made 27 arrests during last week's Operation Sceptre week of action.",
            {27: LAST_WEEK},
        ),
        (
            "Officers seized 61 blades in last week's knife crime crackdown in Medway.",
            {61: LAST_WEEK},
        ),
        (
            "Police Scotland stopped 140 vehicles in last week's two-day operation on the A9.",
            {140: LAST_WEEK},
        ),
        (
            "Lancashire Police said 18 people were charged in this week's campaign.",
            {18: THIS_WEEK},
        ),
        (
            "Surrey Police visited 35 schools during last week’s week of action.",
            {35: LAST_WEEK},
        ),
        # near misses: a document or a meeting of that week, not an event of it
        ("Last week's figures show 40 burglaries in Swindon.", {40: None}),
        ("This week's report found 212 thefts from shops in Luton.", {212: None}),
    ],
)
def test_week_possessive_event(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
