"""A test purchase told after the lead's span ("Volunteers tried to buy knives at 48 shops")
takes the lead's period, as "officers visited 48 shops" does (rule ``narrative_count``,
``NARRATIVE_ACTIVES``). Sentences written for these tests; the near misses stay undated."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 20)
SUMMER = ("2025-06-01", "2025-08-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trading Standards ran checks in Derby between June and August. Cadets aged 16 "
            "tried to buy vapes at 31 shops.",
            {31: SUMMER},
        ),
        (
            "Licensing officers carried out checks between June and August. Volunteers "
            "attempted to purchase alcohol at 22 pubs in Hull.",
            {22: SUMMER},
        ),
        (
            "Officers ran an operation between June and August. Teenagers tried to purchase "
            "fireworks at 14 stores in Luton.",
            {14: SUMMER},
        ),
        # near misses: a plan, the present
        (
            "Officers ran an operation between June and August. Volunteers will try to buy "
            "knives at 40 shops.",
            {40: None},
        ),
        (
            "Officers ran an operation between June and August. Volunteers try to buy "
            "knives at 40 shops every year.",
            {40: None},
        ),
    ],
)
def test_period_test_purchases(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
