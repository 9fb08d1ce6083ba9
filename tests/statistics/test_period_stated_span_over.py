"""A length led by "over" with its count and the year it starts is the span a grant or plan
covers, even when it ends after P (rule ``stated_span_over`` of ``period_links``, on the
matches of ``first_span_from``); "first" spans and spans with no year to come stay unread.
Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from pressfacts.statistics.periods import UNRESOLVED, find_period_phrases

P = dt.date(2026, 2, 17)

SPANS = [
    pytest.param(
        "The council has set aside £240,000 over the three years from April 2026.",
        ("2026-04-01", "2029-03-31"),
        id="three-years-from-a-month-to-come",
    ),
    pytest.param(
        "Wiltshire Police will receive £86,500 over the 18 months from 1 October 2026.",
        ("2026-10-01", "2028-03-31"),
        id="months-from-a-dated-day-to-come",
    ),
    pytest.param(
        "The trust will fund 12 youth workers over the two years from September 2026.",
        ("2026-09-01", "2028-08-31"),
        id="two-years-from-a-school-month",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPANS)
def test_a_stated_span_over_is_read_as_stated(text: str, expected: tuple[str, str]) -> None:
    found = [p for p in find_period_phrases(text, P) if p.kind != UNRESOLVED]
    assert [(str(p.start), str(p.end)) for p in found] == [expected]


NOT_SPANS = [
    pytest.param(
        "The hub hopes to reach 300 families in its first six months from May 2026.",
        id="near-miss-a-first-span-is-a-pledge",
    ),
    pytest.param(
        "Officers will make 150 visits during the three months from April 2026.",
        id="near-miss-during-not-over",
    ),
    pytest.param(
        "Cleveland Police will spend £90,000 over the two years from October.",
        id="near-miss-no-year-stated",
    ),
]


@pytest.mark.parametrize("text", NOT_SPANS)
def test_other_spans_to_come_stay_unread(text: str) -> None:
    found = [p for p in find_period_phrases(text, P) if p.kind != UNRESOLVED]
    assert all(p.end <= P for p in found)
