"""A clause after ", and" whose subject "will" do something holds a plan's date: the figure
before it keeps the period its own clause or its lead-in gives it
(:data:`pressfacts.statistics.period_clauses.FUTURE_CLAUSE`); sentences invented for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 10, 22)
WEEK = ("2025-10-13", "2025-10-19")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The test purchases ran from 13 to 19 October. Nine of the shops that failed were in "
         "Derby, and all of them will be visited again in January.",
         {9: WEEK}),
        ("Officers recovered 41 knives between 13 and 19 October, and the bins will be "
         "emptied again in November.",
         {41: WEEK}),
        # near miss: a figure inside the future clause takes the plan's date
        ("Officers recovered 41 knives between 13 and 19 October, and 12 more bins will be "
         "installed in December.",
         {41: WEEK, 12: ("2025-12-01", "2025-12-31")}),
    ],
)  # fmt: skip
def test_a_future_clause_keeps_its_date(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    found = periods_of(nlp, text, P)
    assert {value: found.get(value) for value in expected} == expected
