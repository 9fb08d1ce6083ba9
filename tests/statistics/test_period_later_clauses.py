"""A period a later clause states is that clause's: a change "since" a month does not
stretch to it, and " and that he would …" opens the next of two reported clauses
(``choose_period``, ``period_clauses.CLAUSE_BREAK``; sentences invented for these
tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 18)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The commissioner said 101 waits in Cumbria had fallen by a quarter since May "
            "and that she would spend £220,000 on call handlers in 2026/27.",
            {25: ("2025-05-01", "2025-11-18"), 220000: ("2026-04-01", "2027-03-31")},
        ),
        (
            "Burglaries in Hull rose by 14% since March, and officers seized £61,000 in 2024.",
            {14: ("2025-03-01", "2025-11-18"), 61000: ("2024-01-01", "2024-12-31")},
        ),
        (
            "The chief constable said arrests had doubled since June and that the force "
            "would add 30 officers in 2026.",
            {2: ("2025-06-01", "2025-11-18"), 30: ("2026-01-01", "2026-12-31")},
        ),
    ],
)
def test_a_later_clauses_period_is_its_own(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    found = periods_of(nlp, text, P)
    assert {k: v for k, v in found.items() if k in expected} == expected


def test_a_period_stated_before_still_spans_the_change(
    nlp: Language, periods_of: PeriodsOf
) -> None:
    # near miss: the year the change is about stands before it ("… last year – up 37% since
    # 2021"), so the change spans both
    text = "Officers in Leeds recorded 2,410 thefts last year, an increase of 37% since 2021."
    assert periods_of(nlp, text, P)[37] == ("2021-01-01", "2024-12-31")
