""" "from the start of March to the end of May this year": a range of months worded by
their edges, with the year relative to P it names (``month_range_relative``; sentences
invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import dated_phrases

P = dt.date(2026, 6, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers logged 86 reports from the start of March to the end of May this year.",
         [("from the start of March to the end of May this year", "2026-03-01", "2026-05-31")]),
        ("The unit made 12 arrests between the beginning of June and the end of August last "
         "year.", [("between the beginning of June and the end of August last year",
                    "2025-06-01", "2025-08-31")]),
        # near miss: a range with no relative year is read as before, the year on its own
        ("Officers logged 86 reports from the start of March to the end of May, more than "
         "this year's target.", [("from the start of March to the end of May", "2026-03-01",
                                  "2026-05-31")]),
    ],
)  # fmt: skip
def test_month_range_by_its_edges(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dated_phrases(text, P) == expected
