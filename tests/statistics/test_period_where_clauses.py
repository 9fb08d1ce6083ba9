"""A period in a ", where …" clause after a figure dates what the clause tells of the
place (a service run there "since 2019"), not the figure; a part pointing back ("300 of
them") takes the period of the level before it, not of a change stated beside that level.
Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 4, 14)
Y25 = ("2025-01-01", "2025-12-31")
BOTH = ("2024-01-01", "2025-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the part takes the level's year: not the clause's "since 2019", not the change's
        (
            "The helpline took 900 calls in 2025. In Yorkshire, 420 people called it, a rise "
            "of 120 on 2024. Over 300 of them were from Hull, where the charity has had a hub "
            "since 2019.",
            {900: Y25, 420: Y25, 120: BOTH, 300: Y25},
        ),
        (
            "Officers made 64 arrests in 2025, 12 more than in 2024. Nearly 40 of them were "
            "in Wrexham, where the force opened a new custody suite in 2021.",
            {64: Y25, 12: BOTH, 40: Y25},
        ),
        # near misses: a figure inside the ", where" clause keeps the clause's period
        (
            "The charity runs a hub in Hull, where 310 people called it in 2025.",
            {310: Y25},
        ),
        (
            "Calls fell in Hull, where 300 calls were made in 2025, and in York.",
            {300: Y25},
        ),
    ],
)
def test_where_clause_and_part_periods(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
