""" "per" marks a habit that keeps a sentence out of the narrated span only before a unit
of time ("30 calls per day"); "the average loss per victim" is a figure's measure, and the
count told with it narrates the lead's span (rule ``per_unit_not_habit``,
:data:`~pressfacts.statistics.period_narrative.PER_TIME`). Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 6)
H1 = ("2025-01-01", "2025-06-30")
LEAD = "Fraud victims in Kent lost £2.1m between January and June. "

ROWS = [
    pytest.param(
        LEAD + "A total of 1,106 reports were made, with the average loss per victim at £1,899.",
        {2100000: H1, 1106: H1, 1899: H1},
        id="per-victim",
    ),
    pytest.param(
        LEAD + "Officers recorded 412 reports, or 3.1 per 1,000 residents.",
        {2100000: H1, 412: H1, 3.1: H1},
        id="per-thousand-residents",
    ),
    # near miss: a habit, "per" before a unit of time
    pytest.param(
        LEAD + "The helpline received 40 calls per day.",
        {2100000: H1, 40: None},
        id="per-day",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_narrative_per_unit(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
