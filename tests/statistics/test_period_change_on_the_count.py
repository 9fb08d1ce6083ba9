"""A change stated "on" the yardstick's count and its period ("down 26% on the 31 reported
in the first quarter") covers both periods, from the start of the yardstick's to the end
of the later one (rule ``change_on_the_count``, ``period_links.CHANGE_ON_THE_COUNT`` in
``COMPARATOR_BEFORE``); the yardstick's count keeps its own period. Sentences invented for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 7, 15)
MAY = ("2026-05-01", "2026-05-31")
JUNE = ("2026-06-01", "2026-06-30")
BOTH = ("2026-05-01", "2026-06-30")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers in Derby recorded 40 burglaries in June, up 25% on the 32 recorded in May.",
         {40: JUNE, 25: BOTH, 32: MAY}),
        ("Crews in Truro attended 18 fires in June, a fall of 10 per cent on the 20 seen in May.",
         {18: JUNE, 10: BOTH, 20: MAY}),
        ("Staff logged 90 calls in the second quarter of 2026, down 10% on the 100 logged in "
         "the first quarter in Luton.",
         {90: ("2026-04-01", "2026-06-30"), 10: ("2026-01-01", "2026-06-30"),
          100: ("2026-01-01", "2026-03-31")}),
        # near misses: no change before "on the", a share of the count
        ("Officers in Derby made 40 arrests in June, acting on the 12 tips received in May.",
         {40: JUNE, 12: MAY}),
        ("Officers in Derby recorded 40 burglaries in June, and 25% of the 32 reported in May "
         "were solved.", {40: JUNE, 25: MAY, 32: MAY}),
    ],
)  # fmt: skip
def test_change_on_the_count_covers_both_periods(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
