""" "in August and September" in a release of August: a pair of months that opens in P's
own month runs on into the next, this year's (rule ``pair_from_own_month`` of
``period_pairs.resolve_month_pair``), not last year's; a pair wholly after P's month is
still last year's (sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import dated_phrases

P = dt.date(2026, 6, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council has set aside £12,000 for lifeguards in June and July.",
         [("in June and July", "2026-06-01", "2026-07-31")]),
        ("Extra patrols will run at the lido during June and July, with 30 shifts.",
         [("during June and July", "2026-06-01", "2026-07-31")]),
        # near misses: a pair wholly after P's month is last year's; a pair ending in P's
        # month runs to P
        ("Crews attended 84 rescues in July and August.",
         [("in July and August", "2025-07-01", "2025-08-31")]),
        ("Crews attended 84 rescues in May and June.",
         [("in May and June", "2026-05-01", "2026-06-09")]),
    ],
)  # fmt: skip
def test_pair_from_own_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dated_phrases(text, P) == expected
