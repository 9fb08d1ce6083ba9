"""A law's or an offence's first day in force starts its first months (rule
``in_force_on_day`` of ``first_units_launched``, :mod:`pressfacts.statistics.period_in_force`):
"in its first three months, after it came into force on 1 July". Every sentence is invented
for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import dated_phrases

P = dt.date(2026, 11, 3)

ROWS = [
    pytest.param(
        "Police charged 96 people with the offence in its first three months, after it came "
        "into force on 1 July.",
        ("in its first three months", "2026-07-01", "2026-09-30"),
        id="same-sentence",
    ),
    pytest.param(
        "The ban on the weapons took effect on 1 December. In its first three months, "
        "officers seized 40 of them.",
        ("In its first three months", "2025-12-01", "2026-02-28"),
        id="sentence-before-last-year",
    ),
    pytest.param(
        "The order went live on the 6th of April 2025. In its first year, 212 were issued.",
        ("In its first year", "2025-04-01", "2026-03-31"),
        id="year-stated",
    ),
    # near misses: a start to come; first months not over by P; no start stated
    pytest.param(
        "The offence comes into force on 1 July. In its first three months, 40 are expected.",
        None,
        id="to-come",
    ),
    pytest.param(
        "The ban came into force on 1 September. In its first six months, 40 were seized.",
        None,
        id="not-over-by-p",
    ),
    pytest.param(
        "In its first three months, the scheme helped 40 people.",
        None,
        id="no-start",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_in_force_on_day(text: str, expected: tuple[str, str, str] | None) -> None:
    firsts = [p for p in dated_phrases(text, P) if "first" in p[0]]
    assert firsts == ([expected] if expected else [])
