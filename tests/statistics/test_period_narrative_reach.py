"""A count told in the past tense a few sentences after the release's lead period, with a
sentence restating the lead's figure as a change between ("That is up 9% on …"), takes that
period (rule ``narrative_count`` reaching
:data:`~pressfacts.statistics.period_narrative.RESTATED_REACH` sentences back)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 6)
Q3 = ("2025-07-01", "2025-09-30")

ROWS: list[tuple[str, float, tuple[str, str] | None]] = [
    (
        "Police in Kent recorded 4,210 thefts between July and September. That is up 9% on "
        "the same quarter of 2024. Shoplifting was the most common type, at 41% of thefts. "
        "Bikes were the item most often taken, ahead of phones. Most victims were retailers. "
        "Officers made 318 arrests for theft.",
        318,
        Q3,
    ),
    (
        "Humberside Police received 6,400 calls between July and September. That is 8% more "
        "than the same quarter of 2024. Hoax calls were the most common kind, at a third of "
        "the total. Hull accounted for the most calls from the public, 2,140, with Grimsby "
        "on 1,310.",
        2140,
        Q3,
    ),
    # near misses: no restatement between (four sentences back), the present tense, a later
    # span stated between, too far back
    (
        "Police in Kent recorded 4,210 thefts between July and September. Shoplifting was "
        "the most common type, at 41% of thefts. Bikes were the item most often taken, ahead "
        "of phones. Most victims were retailers. Officers made 318 arrests for theft.",
        318,
        None,
    ),
    (
        "Police in Kent recorded 4,210 thefts between July and September. That is up 9% on "
        "the same quarter of 2024. Shoplifting was the most common type, at 41% of thefts. "
        "Bikes were the item most often taken, ahead of phones. Most victims were retailers. "
        "Officers make 318 arrests for theft.",
        318,
        None,
    ),
    (
        "Police in Kent recorded 4,210 thefts between July and September. That is up 9% on "
        "the same quarter of 2024. In 2023 the force had 3,100 officers. Bikes were the "
        "item most often taken, ahead of phones. Most victims were retailers. Officers made "
        "318 arrests for theft.",
        318,
        ("2023-01-01", "2023-12-31"),  # the later span's (another rule's), not the lead's
    ),
    (
        "Police in Kent recorded 4,210 thefts between July and September. Shoplifting was "
        "the most common type. Bikes were the item most often taken. Phones came second. "
        "Most victims were retailers. Few shops had cameras. Officers made 318 arrests for "
        "theft.",
        318,
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "value", "period"), ROWS, ids=[str(r[1]) + r[0][-30:] for r in ROWS]
)
def test_narrative_reach(
    nlp: Language, periods_of: PeriodsOf, text: str, value: float, period: tuple[str, str] | None
) -> None:
    assert periods_of(nlp, text, P)[value] == period
