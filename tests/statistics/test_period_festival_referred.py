"""A festival or carnival a release dated is an event "over the festival weekend" or
"during the carnival" refers back to (:data:`pressfacts.lexicon.events.REFERRED_EVENT_NOUNS`,
read by the period rule ``the_operation``), so a yardstick stated after it in the same
sentence no longer dates the sentence's later parts (sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 6, 15)
DAYS = ("2026-06-05", "2026-06-07")
LAST = ("2025-06-05", "2025-06-07")
Y2025 = ("2025-01-01", "2025-12-31")
MAY = ("2026-05-01", "2026-05-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The festival in Reading ran from 5 to 7 June. Police made 30 arrests over the "
         "festival weekend, up from 21 at last year's festival. Of those arrested, 8 were "
         "charged.",
         {30: DAYS, 21: LAST, 8: DAYS}),
        ("The festival in Reading ran from 5 to 7 June. Police made 30 arrests over the "
         "festival weekend, up from 21 in 2025. Of those arrested, 8 were charged.",
         {30: DAYS, 21: Y2025, 8: DAYS}),
        ("The carnival in Luton took place between 5 and 7 June. During the carnival, "
         "stewards dealt with 64 incidents, compared with 70 in 2025. Of those incidents, "
         "9 led to arrests.",
         {64: DAYS, 70: Y2025, 9: DAYS}),
        # near misses: a month dates the sentence already; a festival nothing dated
        ("Police made 30 arrests in Reading in May, up from 21 in 2025. Of those arrested, "
         "8 were charged.",
         {30: MAY, 21: Y2025, 8: MAY}),
        ("Police made 30 arrests at the festival in Reading, up from 21 in 2025. Of those "
         "arrested, 8 were charged.",
         {30: None, 21: Y2025, 8: None}),
        # a possessive is no event phrase: the span after it dates the sentence
        ("Medics saw 310 people in the festival's two tents near Reading between 5 and 7 "
         "June.",
         {310: DAYS, 2: DAYS}),
    ],
)  # fmt: skip
def test_festival_referred_back(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
