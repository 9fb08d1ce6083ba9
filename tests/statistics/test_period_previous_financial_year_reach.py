""" "the previous financial year" after a comparison ("up from 147 the previous financial
year") counts back from the financial year its sentence opened on, even with a long clause
between (rule ``previous_financial_year_reach``, ``period_fiscal._REACH``); with no
financial year stated before it in the sentence it is the one before P's. Sentences invented
for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 9, 2)
FY25 = ("2025-04-01", "2026-03-31")
FY24 = ("2024-04-01", "2025-03-31")

ROWS = [
    ("In the 2025/26 financial year, officers in the rural crime team recovered 318 stolen "
     "vehicles across Dumfries and Galloway and returned 212 vehicles to farmers, up from 147 "
     "the previous financial year.", {318: FY25, 212: FY25, 147: FY24}),
    ("During 2025/26, the council's trading standards officers carried out 96 test purchases "
     "in shops across Newport and Monmouthshire and seized 480 vapes, down from 505 the "
     "previous financial year.", {96: FY25, 480: FY25, 505: FY24}),
    # near miss: no financial year stated before it: the one before P's
    ("Officers in the rural crime team recovered 318 stolen quad bikes, up from 147 the "
     "previous financial year.", {318: None, 147: FY25}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_previous_financial_year_reach(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    expected: dict[float, tuple[str, str] | None],
) -> None:
    assert periods_of(nlp, text, P) == expected
