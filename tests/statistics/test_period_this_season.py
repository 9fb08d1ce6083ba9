""" "this winter" when no winter runs at P: the nearer of the latest one over and the next
to come ("this winter" in November is the coming one, "this summer" in September the one
just over, but the one over when the sentence tells it in the past: rule
``this_season_told_in_past``; ``period_seasons.resolve_season``; sentences invented for
these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import dated_phrases


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The commissioner has set aside £15,000 for drone patrols this winter.",
         dt.date(2025, 11, 4), [("this winter", "2025-12-01", "2026-02-28")]),
        ("Volunteers will run 30 beach patrols this summer.", dt.date(2026, 5, 12),
         [("this summer", "2026-06-01", "2026-08-31")]),
        # rule this_season_told_in_past: the next is nearer, but the sentence tells it in
        # the past, so the one over (and a plan for it stays the next)
        ("Trackers helped police recover three stolen tractors this spring.",
         dt.date(2025, 10, 16), [("this spring", "2025-03-01", "2025-05-31")]),
        ("The commissioner said she had set aside £9,000 for patrols on farms this spring.",
         dt.date(2025, 10, 16), [("this spring", "2026-03-01", "2026-05-31")]),
        ("City Hall had funded 250 extra beds this winter.", dt.date(2025, 10, 16),
         [("this winter", "2025-12-01", "2026-02-28")]),
        ("Officers will run 40 checks on farm vehicles this spring.", dt.date(2025, 10, 16),
         [("this spring", "2026-03-01", "2026-05-31")]),
        # near misses: a season just over, and one running at P (cut at P)
        ("Officers seized 40 off-road bikes this summer.", dt.date(2025, 9, 20),
         [("this summer", "2025-06-01", "2025-08-31")]),
        ("Officers have seized 12 dogs this winter.", dt.date(2026, 1, 10),
         [("this winter", "2025-12-01", "2026-01-10")]),
    ],
)  # fmt: skip
def test_this_season(text: str, published: dt.date, expected: list[tuple[str, str, str]]) -> None:
    assert dated_phrases(text, published) == expected
