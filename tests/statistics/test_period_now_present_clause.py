""" ", and" + a subject of its own (led by "the", a possessive or a name) + "now" and a verb
in the present opens a clause of how things stand at the release (rule
``now_present_clause``, ``period_own_clauses.NOW_PRESENT_CLAUSE``): its figures take no
period of the clause before it. Before, "…fell by 21% in the year to September, and the
team now solves around one in eight of the burglaries" dated the one in eight to that
year. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from spacy.language import Language

from pressfacts.statistics.period_own_clauses import NOW_PRESENT_CLAUSE
from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 6, 10)
Y2025 = ("2025-01-01", "2025-12-31")

ROWS = [
    ("Thefts in Hull fell by 12% in 2025, and the force now solves 9% of them.",
     {12: Y2025, 9: None}),
    ("Burglary in Derby fell by 8% in 2025, the council said, and Derby's burglary team now "
     "solves around one in six of the cases it investigates.", {8: Y2025, 16.7: None}),
    ("Officers made 300 arrests in 2025, and Kent Police now handles 200 calls a day.",
     {300: Y2025, 200: None}),
    # near misses: no "now"; no subject of its own (this rule does not fire: the pattern
    # test below; the figure is held now by ``held-now-clause-before`` of period_now)
    ("Thefts in Hull fell by 12% in 2025, and the force solves 9% of them.",
     {12: Y2025, 9: Y2025}),
    ("Officers made 300 arrests in 2025, and now handle 200 calls a day.",
     {300: Y2025, 200: None}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_now_present_clause(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    expected: dict[float, tuple[str, str] | None],
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (", and the force now solves 9%", True),
        (", and Bolton's burglary team now solves around", True),
        (", and Kent Police currently handles 200", True),
        (", and the force solves 9%", False),  # no "now"
        (", and now solves 9%", False),  # no subject of its own
        (", and the force now says 9%", False),  # a telling
    ],
)
def test_now_present_clause_pattern(text: str, found: bool) -> None:
    assert bool(re.match(NOW_PRESENT_CLAUSE, text)) is found
