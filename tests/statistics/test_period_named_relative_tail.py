"""A named body or place, then ", which/who has …" to the end of the sentence: the period of
that relative clause is the name's, not the figure's before it (rule
``named_relative_tail`` of ``period_own_clauses.NAMED_RELATIVE_TAIL``); a figure inside the
clause keeps it, and an aside closed by a comma is read as before (sentences invented for
these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 3, 10)
SINCE_2014 = ("2014-01-01", "2026-03-10")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The PCC gave £8,000 to the Fenland Rural Watch, which has patrolled the fens since "
         "2014.", {8000: None}),
        ("Officers made 31 arrests in Boston, which has seen a rise in thefts since 2014.",
         {31: None}),
        ("The PCC gave £8,000 in 2025 to Fenland Rural Watch, who have patrolled the fens "
         "since 2014.", {8000: ("2025-01-01", "2025-12-31")}),
        # near misses: a figure inside the clause, an aside closed by a comma, no perfect
        ("The PCC gave £8,000 to the Fenland Rural Watch, which has trained 70 volunteers "
         "since 2014.", {8000: None, 70: SINCE_2014}),
        ("Fenland Rural Watch, which has patrolled the fens since 2014, trained 70 "
         "volunteers.", {70: None}),
        ("The PCC bought 40 trail cameras, which were handed out in 2025.",
         {40: ("2025-01-01", "2025-12-31")}),
    ],
)  # fmt: skip
def test_named_relative_tail(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
