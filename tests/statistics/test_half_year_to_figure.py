""" "the first half of last year to 41 in …": a "to" and a figure after a half of a year opens
the later end of a change, not an end of the year, so the phrase is still the half (rule
``half_year_to_figure`` of ``period_parts.HALF_YEAR``); a "to" with a month, a day and month,
"date" or "the end" still makes a span of its own. Sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import dated_phrases

P = dt.date(2026, 11, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Calls to the helpline fell from 312 in the first half of last year to 287 in the "
         "second half.", ("the first half of last year", "2025-01-01", "2025-06-30")),
        ("Reports of stalking rose from 75 in the second half of last year to 96 this year.",
         ("the second half of last year", "2025-07-01", "2025-12-31")),
        ("Arrests went up from 18 in the first half of the financial year to 30 in the "
         "second.", ("the first half of the financial year", "2026-04-01", "2026-09-30")),
        # near misses: a "to" giving the year its end is a span of its own, not the half
        ("There were 40 arrests in the first half of the year to March.",
         ("the year to March", "2025-04-01", "2026-03-31")),
        ("There were 40 arrests in the first half of the year to 30 September.",
         ("the year to 30 September", "2025-10-01", "2026-09-30")),
    ],
)  # fmt: skip
def test_half_year_to_figure(text: str, expected: tuple[str, str, str]) -> None:
    assert dated_phrases(text, P)[0] == expected
