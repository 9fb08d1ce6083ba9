"""What is known of P (a whole date, a url's year and month, a year the text fixes),
and that each period rule uses only the parts of P it needs: a day is never made up."""

from __future__ import annotations

import datetime as dt

import pytest

from pressfacts.findings import PartialDate
from pressfacts.statistics.periods import UNRESOLVED, find_period_phrases
from pressfacts.statistics.reference_dates import (
    YEAR_FIXING_RULES,
    publication_reference,
    year_fixed_by_text,
)

URL_MONTH = PartialDate(2020, 11, None, "url")
TEXT_YEAR = PartialDate(2012, source="text")


def dated(text: str, known: PartialDate | None) -> tuple[str, str] | None:
    """The dates of the last phrase found (None when undated, or when an undatable single
    day is no period phrase at all)."""
    found = find_period_phrases(text, known)
    if not found or found[-1].kind == UNRESOLVED:
        return None
    return found[-1].start.isoformat(), found[-1].end.isoformat()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # year and month suffice
        ("last year", ("2019-01-01", "2019-12-31")),
        ("last month", ("2020-10-01", "2020-10-31")),
        ("in September", ("2020-09-01", "2020-09-30")),
        ("in December", ("2019-12-01", "2019-12-31")),
        ("last November", ("2019-11-01", "2019-11-30")),
        ("the past 12 months", ("2019-11-01", "2020-10-31")),
        ("for the next financial year", ("2021-04-01", "2022-03-31")),
        ("from 1st September", ("2020-09-01", "2020-09-01")),
        ("between March 23 and June 8", ("2020-03-23", "2020-06-08")),
        # P's day is needed: never made up
        ("this year", None),
        ("this month", None),
        ("in November", None),
        ("today", None),
        ("since 2019", None),
        ("from 3rd November", None),
    ],
)
def test_a_url_year_and_month(text: str, expected: tuple[str, str] | None) -> None:
    assert dated(text, URL_MONTH) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("last year", ("2011-01-01", "2011-12-31")),
        ("Last September", ("2011-09-01", "2011-09-30")),
        ("the year before", ("2011-01-01", "2011-12-31")),
        # P's month is needed
        ("last month", None),
        ("in September", None),
        ("the past six months", None),
        ("this month", None),
    ],
)
def test_a_year_alone(text: str, expected: tuple[str, str] | None) -> None:
    assert dated(text, TEXT_YEAR) == expected


# one row per year-fixing rule: the phrase, and the year it makes the current one
YEAR_FIXES: dict[str, tuple[str, int]] = {
    "so_far_in_year": ("So far in 2016, Gwent officers have stopped 900 cars.", 2016),
    "year_to_date": ("Officers have seized 41 knives in 2019 to date.", 2019),
    "this_year_restated": ("Calls so far this year (2021) stand at 310.", 2021),
}


def test_every_year_fixing_rule_has_a_row() -> None:
    assert set(YEAR_FIXING_RULES) == set(YEAR_FIXES)


@pytest.mark.parametrize("name", list(YEAR_FIXES), ids=list(YEAR_FIXES))
def test_year_fixing_rule(name: str) -> None:
    text, year = YEAR_FIXES[name]
    assert YEAR_FIXING_RULES[name].search(text) is not None
    assert year_fixed_by_text(text) == year


@pytest.mark.parametrize(
    "text",
    [
        "from 2012 to date, 300 arrests",  # a span from 2012, not the current year
        "So far in 2015 there were 8; so far in 2016 there were 9.",  # two years: none
        "No year here.",
    ],
)
def test_no_year_is_fixed(text: str) -> None:
    assert year_fixed_by_text(text) is None


def test_the_year_the_text_fixes_dates_a_month_stated_before_it() -> None:
    text = "Last October, 7 people died. So far in 2014, officers have stopped 88 drivers."
    first, so_far = find_period_phrases(text, None)
    assert (first.start, first.end) == (dt.date(2013, 10, 1), dt.date(2013, 10, 31))
    assert so_far.kind == UNRESOLVED  # "so far" ends at P's day, still unknown


@pytest.mark.parametrize(
    ("published", "url_date", "text", "expected"),
    [
        (dt.date(2021, 5, 4), URL_MONTH, "So far in 2012", PartialDate(2021, 5, 4)),
        (None, URL_MONTH, "So far in 2012", URL_MONTH),
        (None, None, "So far in 2012", TEXT_YEAR),
        (None, None, "No year.", None),
    ],
)
def test_publication_reference_order(
    published: dt.date | None,
    url_date: PartialDate | None,
    text: str,
    expected: PartialDate | None,
) -> None:
    assert publication_reference(text, published, url_date) == expected
