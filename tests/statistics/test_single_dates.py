"""Single days read from their shape: the same dates dateparser reads, without it.

A day candidate, once its ordinal and "of" are dropped and a year is given, has one of
three shapes ("14 March 2023", "March 14, 2023", "14/03/2023"), read directly; what has
none of them (a digit of another script, a letter ``re.I`` folds such as "ſ") still
goes to dateparser. On every shape the day read is dateparser's.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressfacts.statistics.single_dates import _SETTINGS, SHAPES, DayReader

# words -> the day read (None: no such day)
DAYS: dict[str, dt.date | None] = {
    "7 June 2021": dt.date(2021, 6, 7),
    "June 7, 2021": dt.date(2021, 6, 7),
    "7 Sept. 2021": dt.date(2021, 9, 7),
    "SEP 07 2021": dt.date(2021, 9, 7),
    "7\nJune\u00a0 2021": dt.date(2021, 6, 7),
    "08/02/2021": dt.date(2021, 2, 8),  # day first
    "02/28/2021": dt.date(2021, 2, 28),  # no 28th month: month first
    "13/13/2021": None,
    "29 Feb 2021": None,
    "29 Feb 2020": dt.date(2020, 2, 29),
    "0 June 2021": None,
    "31 April 2021": None,
    "44 May 2021": None,
}


@pytest.mark.parametrize("words", list(DAYS), ids=list(DAYS))
def test_a_shaped_day(words: str) -> None:
    assert SHAPES.fullmatch(words) is not None
    assert DayReader()._parse(words) == DAYS[words]


@pytest.mark.parametrize("words", ["7 \u017fept 2021", "\u0667 June 2021"])
def test_what_has_no_shape_goes_to_dateparser(words: str) -> None:
    assert SHAPES.fullmatch(words) is None
    assert DayReader()._parse(words) == _dateparser(words)


@cache
def _parser() -> Any:
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings=_SETTINGS)


def _dateparser(words: str) -> dt.date | None:
    found = _parser().get_date_data(words).date_obj
    return found.date() if found is not None else None


_MONTH_WORDS = ["January", "feb", "Mar.", "APRIL", "May", "jun", "Jul.", "Aug", "sept", "Dec."]
_NUMBER = st.sampled_from([*map(str, range(0, 35)), "05", "09", "00", "60", "99"])
_YEAR = st.sampled_from(["1900", "1999", "2000", "2023", "2024", "2096"])
_SPACE = st.sampled_from([" ", "  ", "\n", "\u00a0"])


@st.composite
def _shaped(draw: st.DrawFn) -> str:
    number, year, space = draw(_NUMBER), draw(_YEAR), draw(_SPACE)
    month = draw(st.sampled_from(_MONTH_WORDS))
    comma = draw(st.sampled_from(["", ","]))
    return draw(
        st.sampled_from(
            [
                f"{number}{space}{month}{comma} {year}",
                f"{month}{space}{number}{comma}{space}{year}",
                f"{number}/{draw(_NUMBER)}/{year}",
            ]
        )
    )


@given(_shaped())
def test_a_shaped_day_is_dateparsers(words: str) -> None:
    assert SHAPES.fullmatch(words) is not None
    assert DayReader()._parse(words) == _dateparser(words)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year told from P after a day without one: that year's day, not the whole year
        ("on 14 November last year", dt.date(2025, 11, 14)),
        ("On 2 March this year", dt.date(2026, 3, 2)),
        ("on November 3 last year", dt.date(2025, 11, 3)),
        ("on 20 December last year", dt.date(2025, 12, 20)),  # after P's day, a year back
        # near miss: no year told, the latest such day not after P
        ("on 20 December", dt.date(2025, 12, 20)),
    ],
)
def test_a_day_with_a_year_told_from_p(text: str, expected: dt.date) -> None:
    from pressfacts.statistics.single_dates import DAY_DATE

    match = DAY_DATE.search(text)
    assert match is not None and match.end() == len(text)
    assert DayReader().read(match, dt.date(2026, 3, 12)) == expected
