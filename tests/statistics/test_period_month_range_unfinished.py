""" "between January and December" in a release of March: a range of whole months at
least six of which come after P's month is last year's (a release counts months that have
passed), unless its sentence speaks of it as to come (``_placed_months``); so is one told
as done in the simple past with three months or more to come (rule ``done_range_not_run``);
sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import dated_phrases

P = dt.date(2026, 3, 18)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cameras caught 9,310 drivers speeding between January and December.",
         [("between January and December", "2025-01-01", "2025-12-31")]),
        ("Between February and October, the team dealt with 412 reports.",
         [("Between February and October", "2025-02-01", "2025-10-31")]),
        # near miss: a range ended by P stays in P's year
        ("Officers made 51 arrests between January and February.",
         [("between January and February", "2026-01-01", "2026-02-28")]),
        # near misses: a range whose last month is P's, or begun with fewer months to
        # come, runs on
        ("Officers have made 51 arrests between January and March.",
         [("between January and March", "2026-01-01", "2026-03-31")]),
        ("Officers made 51 arrests between February and April.",
         [("between February and April", "2026-02-01", "2026-04-30")]),
        ("The operation, which runs between February and June, has so far led to 51 "
         "arrests.", [("between February and June", "2026-02-01", "2026-06-30")]),
        # rule done_range_not_run: told as done with three months or more still to come
        ("Officers made 51 arrests between February and June.",
         [("between February and June", "2025-02-01", "2025-06-30")]),
        ("From March to June, wardens dealt with 96 reports of fly-tipping.",
         [("From March to June", "2025-03-01", "2025-06-30")]),
        # near miss: two months to come (may be loosely to date)
        ("From March to May, wardens dealt with 96 reports of fly-tipping.",
         [("From March to May", "2026-03-01", "2026-05-31")]),
        # near miss: spoken of as to come
        ("Extra patrols will run between March and September in 14 towns.",
         [("between March and September", "2026-03-01", "2026-09-30")]),
        # near miss: a stated year is that year's
        ("Cameras caught 9,310 drivers between January and December 2026, the force "
         "forecast.", [("between January and December 2026", "2026-01-01", "2026-12-31")]),
    ],
)  # fmt: skip
def test_unfinished_month_range(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dated_phrases(text, P) == expected
