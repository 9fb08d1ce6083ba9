""" "over December and January" in a release of December: a pair of months that opens in
P's own month and runs over the new year is this December and next January (rule
``own_month_pair_over_new_year`` of ``period_pairs.resolve_month_pair``, as
``pair_from_own_month`` reads "in August and September" in August), not last December's;
a pair ending in P's month or opening after it is unchanged (sentences invented for these
tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import dated_phrases


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The commissioner has set aside £40,000 for night marshals over December and January.",
         dt.date(2025, 12, 4),
         [("over December and January", "2025-12-01", "2026-01-31")]),
        ("The council has funded 300 licensing checks in November to January.",
         dt.date(2025, 11, 20),
         [("in November to January", "2025-11-01", "2026-01-31")]),
        # near misses: a pair ending in P's month runs to P; one opening after P's month
        # is last year's; one told with a finite past is the last winter's
        ("Ambulance crews attended 64 calls in December and January.",
         dt.date(2026, 1, 15),
         [("in December and January", "2025-12-01", "2026-01-15")]),
        ("Ambulance crews attended 64 calls in December and January.",
         dt.date(2026, 11, 15),
         [("in December and January", "2025-12-01", "2026-01-31")]),
        ("Officers in Poole arrested 120 drivers over December and January.",
         dt.date(2025, 12, 3),
         [("over December and January", "2024-12-01", "2025-01-31")]),
    ],
)  # fmt: skip
def test_own_month_pair_over_new_year(
    text: str, published: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    assert dated_phrases(text, published) == expected
