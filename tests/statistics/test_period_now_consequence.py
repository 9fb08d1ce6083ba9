"""A change whose sentence holds "now" only in a clause of what the change means, after
it ("The rise of 35% means officers are now …"), keeps the span the other rules give it
(rule ``held-now-consequence`` of ``period_now.CONSEQUENCE_NOW``) instead of running to P
(``held-now-change``); "now" before the change, or with no "means", still runs it to P
(sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.period_now import CONSEQUENCE_NOW
from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 5, 14)
TWO_YEARS = ("2024-04-01", "2026-03-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The trust took 4,050 calls in 2025/26, up from 3,000 the year before. The rise "
         "of 35% means its advisers are now answering 11 calls an hour.",
         {4050: ("2025-04-01", "2026-03-31"), 35: TWO_YEARS}),
        ("The force had 400 officers in 2025/26, up from 320 the previous year. That 25% "
         "increase meant that the unit was currently the largest in Wales.",
         {400: ("2025-04-01", "2026-03-31"), 25: TWO_YEARS}),
        # near miss: "now" before the change, no "means": the change runs to P
        ("The force now has 146 detectives in Hull, 40 more than in 2023.",
         {146: None, 40: ("2023-01-01", "2026-05-14")}),
    ],
)  # fmt: skip
def test_now_in_a_consequence_clause_leaves_the_change(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    found = periods_of(nlp, text, P)
    assert {value: found.get(value) for value in expected} == expected


@pytest.mark.parametrize(
    ("tail", "matches"),
    [
        ("35% means its advisers are now answering calls", True),
        ("25% increase meant that the unit was currently the largest", True),
        ("40 more than in 2023, and now more are coming", False),
        ("35% means more calls. Staff now answer them", False),
    ],
)
def test_consequence_now(tail: str, matches: bool) -> None:
    assert (CONSEQUENCE_NOW.match(tail) is not None) is matches
