""" "this week" in a quote, after a week stated before it that ended in the week before P's,
is that week (rule ``this_week_of_stated_week``): the speaker spoke as it ran. In the
narrative, after a week that ended earlier, or after a longer span, it stays P's week (from
its Monday to P). Sentences invented; P is Thursday 13 November 2025."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 13)
STATED = ("2025-11-03", "2025-11-09")
THIS_WEEK = ("2025-11-10", "2025-11-13")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The operation ran from Monday 3 to Sunday 9 November in Rhyl and Prestatyn.\n\n"
            'Inspector Rhodri Ellis said: "This week we arrested 16 people and shut four lines."',
            {16: STATED, 4: STATED},
        ),
        (
            "Officers were in Ilfracombe from 3 to 9 November.\n\n"
            '"This week our teams visited 27 homes where tenants were at risk," she said.',
            {27: STATED},
        ),
        (
            "The week of action ran between 3 and 9 November.\n\n"
            '"We have safeguarded 11 children this week alone," said Sergeant Amy Roper.',
            {11: STATED},
        ),
        # near misses: in the narrative; a week that ended a fortnight before; a month
        (
            "The operation ran from 3 to 9 November in Rhyl.\n\n"
            "This week, 12 men were charged with drug supply.",
            {12: THIS_WEEK},
        ),
        (
            "The operation ran from 20 to 26 October in Rhyl.\n\n"
            '"This week we arrested 16 people," said Inspector Rhodri Ellis.',
            {16: THIS_WEEK},
        ),
        (
            "The campaign ran from 1 to 31 October in Rhyl.\n\n"
            '"This week we arrested 16 people," said Inspector Rhodri Ellis.',
            {16: THIS_WEEK},
        ),
    ],
)
def test_this_week_of_stated_week(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
