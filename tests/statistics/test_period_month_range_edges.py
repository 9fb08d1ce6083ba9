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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The commissioner will fund 300 awareness talks between January and July next year.",
         [("between January and July next year", "2027-01-01", "2027-07-31")]),
        ("Some 45 schools will join the scheme from September to December next year.",
         [("from September to December next year", "2027-09-01", "2027-12-31")]),
        ("The council expects 12 more cameras between the start of March and the end of May "
         "next year.", [("between the start of March and the end of May next year",
                         "2027-03-01", "2027-05-31")]),
        ("Officers will visit 80 colleges from November to February next year.",
         [("from November to February next year", "2026-11-01", "2027-02-28")]),
        # near misses: "next year's" is a possessive; a stop ends the range before it
        ("Officers logged 64 reports between January and April, next year's figures aside.",
         [("between January and April", "2026-01-01", "2026-04-30")]),
        ("Officers logged 64 reports between January and April. Next year 20 more are planned.",
         [("between January and April", "2026-01-01", "2026-04-30"),
          ("Next year", "2027-01-01", "2027-12-31")]),
    ],
)  # fmt: skip
def test_month_range_next_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dated_phrases(text, P) == expected
