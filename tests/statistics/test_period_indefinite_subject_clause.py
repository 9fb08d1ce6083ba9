"""A comma, "and", a single subject named with "a" or "one" (placed or not), its past verb and a
figure is a clause of its own (rule ``indefinite_subject_clause``,
``period_own_clauses.INDEFINITE_SUBJECT_CLAUSE``): one case told after a share or a total
keeps its own period, and the share before it keeps the total's. Sentences invented for
the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 6, 17)
_LEAD = "Officers in Cumbria recorded 41 attacks on sheep between January and March. "
_Q1 = ("2025-01-01", "2025-03-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_LEAD + "More than half of them were in Eden, and a farmer near Penrith lost 19 "
         "ewes in February.", {41: _Q1, 50: _Q1, 19: ("2025-02-01", "2025-02-28")}),
        (_LEAD + "Nearly a third of them were at night, and one shepherd in Keswick lost 7 "
         "lambs in March.", {41: _Q1, 33.3: _Q1, 7: ("2025-03-01", "2025-03-31")}),
        (_LEAD + "Most of them were in Allerdale, and an owner from Workington paid £900 in "
         "compensation in January.", {41: _Q1, 900: ("2025-01-01", "2025-01-31")}),
        # near miss: no figure after the verb (one clause: the later period is the share's)
        (_LEAD + "More than half of them were in Eden, and a farmer lost sheep in February.",
         {41: _Q1, 50: ("2025-02-01", "2025-02-28")}),
    ],
)  # fmt: skip
def test_indefinite_subject_clause(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected
