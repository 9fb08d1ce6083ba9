"""A level after "in", with "now" before it in its own clause, in a sentence that states a
period only for the yardstick after it, keeps no span carried from the sentences before or
read as later than that yardstick (rule ``held-now-yardstick`` of ``period_now``):
"Officers said interviews were now offered within 72 hours in 94% of cases, up from 71%
last year". Sentences invented; P is 6 October 2026."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 10, 6)
H2 = ("2026-04-01", "2026-09-30")
Y2025 = ("2025-01-01", "2025-12-31")
PREV = ("2025-10-01", "2026-03-31")
LEAD = (
    "In Leeds, 610 missing episodes were reported between April and September, compared "
    "with 540 in the previous six months. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            LEAD + "The council said safe and well checks were now completed within a day in "
            "88% of cases, up from 64% last year.",
            {610: H2, 540: PREV, 88: None, 64: Y2025},
        ),
        (
            LEAD + "Pilots currently reach the scene within half an hour in nearly 70% of "
            "searches, compared with 52% last year.",
            {610: H2, 540: PREV, 70: None, 52: Y2025},
        ),
        # near misses: no "now" (the later span stays); a perfect ("has now traced": a
        # tally of the span); a modal before "now"
        (
            LEAD + "The council said safe and well checks were completed within a day in 88% "
            "of cases, up from 64% last year.",
            {610: H2, 540: PREV, 88: H2, 64: Y2025},
        ),
        (
            LEAD + "The team has now traced children within a day in 88% of cases, up from 64% "
            "last year.",
            {610: H2, 540: PREV, 88: H2, 64: Y2025},
        ),
        (
            LEAD + "The council said it would now see children within a day in 88% of cases, "
            "up from 64% last year.",
            {610: H2, 540: PREV, 88: H2, 64: Y2025},
        ),
    ],
)
def test_period_held_now_yardstick(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
