"""A period in an aside about a survey or report dates that aside, not the figures
(``period_asides``; sentences invented)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.period_asides import ASIDE_RULES
from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 6, 16)
L12 = ("2024-06-01", "2025-05-31")

ROWS = [
    pytest.param(
        "One in ten adults in Wales had been scammed in the last 12 months, the survey found. "
        "The poll of 1,800 adults, carried out by YouGov in April, suggests that almost "
        "250,000 people were approached over the period.",
        {10.0: L12, 250000.0: L12},
        id="fieldwork_aside",
    ),
    pytest.param(
        "Officers in Derby recorded 500 thefts in 2024. The review, published in March, "
        "found 40 burglaries over the same period.",
        {500.0: ("2024-01-01", "2024-12-31"), 40.0: ("2024-01-01", "2024-12-31")},
        id="publication-already-an-event",
    ),
    # near misses: with no back-reference after it the aside dates the figures; an
    # operation's aside dates its figures; a relative clause is no aside
    pytest.param(
        "The charity's survey of 2,000 adults in Leeds, carried out in October, found that "
        "78% wanted higher fines.",
        {78.0: ("2024-10-01", "2024-10-31")},
        id="no-back-reference",
    ),
    pytest.param(
        "The operation, carried out in May, led to 30 arrests in Leeds.",
        {30.0: ("2025-05-01", "2025-05-31")},
        id="operation-aside",
    ),
    pytest.param(
        "Police, who carried out 30 raids in May, were thanked by the council in Hull.",
        {30.0: ("2025-05-01", "2025-05-31")},
        id="relative-clause",
    ),
]


def test_every_aside_rule_has_a_row() -> None:
    assert {name for name, _ in ASIDE_RULES} <= {row.id for row in ROWS}


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_period_asides(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    found = periods_of(nlp, text, P)
    assert {value: found.get(value) for value in expected} == expected
