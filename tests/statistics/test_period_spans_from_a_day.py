"""A span of N days, weeks, months or years from a stated day or month (period rule
``first_span_from``, ``period_links.FIRST_SPAN_FROM``), and a calendar year with its
article (rule ``year``); phrases invented."""

from __future__ import annotations

import datetime as dt

import pytest

from pressfacts.statistics.periods import UNRESOLVED, find_period_phrases

P = dt.date(2025, 11, 20)

SPANS = [
    pytest.param(
        "Officers made 41 arrests in the four weeks from 1 September.",
        ("2025-09-01", "2025-09-28"),
        id="weeks-from-a-day",
    ),
    pytest.param(
        "Crews attended 96 fires in the 10 days from 20 December.",
        ("2024-12-20", "2024-12-29"),
        id="days-from-a-day-placed-before-p",
    ),
    pytest.param(
        "The unit took 310 calls in the six months from April 2024.",
        ("2024-04-01", "2024-09-30"),
        id="months-from-a-month",
    ),
    pytest.param(
        "The hub saw 88 families in its first six months from April 2024.",
        ("2024-04-01", "2024-09-30"),
        id="first-months-from-a-month-and-year",
    ),
    pytest.param(
        "Wardens issued 1,200 fines in the 12 months from 1 April 2024.",
        ("2024-04-01", "2025-03-31"),
        id="twelve-months-from-a-dated-day",
    ),
    pytest.param(
        "The scheme reached 640 pupils in the year from April 2024.",
        ("2024-04-01", "2025-03-31"),
        id="the-year-from-a-month",
    ),
    pytest.param(
        "During the two weeks from Monday 3 March, 57 drivers were caught.",
        ("2025-03-03", "2025-03-16"),
        id="during-weeks-from-a-weekday-date",
    ),
    pytest.param(
        "The force recorded 4,210 thefts in the calendar year 2024.",
        ("2024-01-01", "2024-12-31"),
        id="the-calendar-year",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPANS)
def test_a_span_from_a_day_is_that_many_units(text: str, expected: tuple[str, str]) -> None:
    found = find_period_phrases(text, P)
    assert [(str(p.start), str(p.end)) for p in found] == [expected]


NOT_SPANS = [
    pytest.param(
        "The days from 1 May were the busiest, with 40 arrests.",
        [],
        id="a-plural-unit-needs-its-count",
    ),
    pytest.param("Officers made 41 arrests in the first four weeks.", [], id="no-day"),
    pytest.param(
        "Kent Police will make 40 visits in the six weeks from 1 December.", [], id="a-plan-to-come"
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOT_SPANS)
def test_no_span_is_read_where_none_is_stated(text: str, expected: list[object]) -> None:
    dated = [p for p in find_period_phrases(text, P) if p.kind != UNRESOLVED]
    assert [(str(p.start), str(p.end)) for p in dated] == expected


def test_the_year_starting_a_day_is_no_span_of_its_own() -> None:
    """ "the year starting 1 April" is a precept's coming year (``charge_year``), not the
    year from the latest 1 April before P."""
    text = "Band D will rise to £330.03 in the year starting 1 April."
    assert all(p.start.year != 2025 or p.start.month != 4 for p in find_period_phrases(text, P))
