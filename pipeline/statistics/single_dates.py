"""Single calendar days ("on 14 March 2023", "Tuesday 5 March", "March 14, 2023", "14/03/2023").

:data:`DAY_DATE` finds a candidate shaped like a day: a day number beside a month name,
or a numeric day/month/year. Its three shapes are read directly (:data:`SHAPES`: the
day, month and year it states; a numeric date is day first, else month first when that
is no date, as dateparser reads them under the British settings below; the same dates
as dateparser on every shape, tested). Anything else a candidate may hold (a digit of
another script) goes to dateparser, which is good at one date in any written form but
costs about half a millisecond a call and is bad at what the rest of
:mod:`pressfacts.statistics.periods` does (ranges, durations, anchoring); it takes plain
words ("may", "now", "second") for dates, so it only ever sees such a candidate. Its
parser is built once, when first needed, in :class:`DayReader`, never per document.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Any

from pressfacts.findings import PartialDate
from pressfacts.lexicon.months import MONTH as _MONTH
from pressfacts.lexicon.months import MONTH_WORD, month_number

_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+"
_ORDINAL = r"(?:st|nd|rd|th)?"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
"""A day of the month, 1 to 31: "In May 46 thefts" names no day, nor "In April 1,200";
a month word must end where its word ends ("12 markets", "3 junctions" name no day)."""
DAY_DATE = re.compile(
    # the lookahead: the characters a match can start with, so most places fail at once
    rf"(?=[0-9adfjmnostw])\b(?:on\s+)?(?:{_WEEKDAY})?(?P<date>"
    rf"{_DAY}{_ORDINAL}\s+(?:of\s+)?{_MONTH}(?![a-z])(?:,?\s+(?P<y1>(?:19|20)\d{{2}}))?|"
    rf"{_MONTH}\s+{_DAY}{_ORDINAL}(?:,?\s+(?P<y2>(?:19|20)\d{{2}}))?|"
    rf"\d{{1,2}}/\d{{1,2}}/(?P<y3>(?:19|20)\d{{2}}))(?:\s+(?P<rel>last|this)\s+year\b)?"
    rf"(?![\d/]|[,.]\d)",
    re.I,
)
"""A phrase shaped like one day; group ``date`` is what :class:`DayReader` reads, and
``rel`` the year told from P ("on 14 November last year": one day, not the whole year)."""

SHAPES = re.compile(
    rf"(?:(?P<d>[0-9]{{1,2}})\s+(?P<m>(?a:{MONTH_WORD}))\.?|(?P<mb>(?a:{MONTH_WORD}))\.?\s+"
    rf"(?P<db>[0-9]{{1,2}})),?\s+(?P<y>[0-9]{{4}})|"
    rf"(?P<first>[0-9]{{1,2}})/(?P<second>[0-9]{{1,2}})/(?P<yn>[0-9]{{4}})",
    re.I,
)
"""What a day reads as once its ordinal and "of" are dropped and a year is given: "14
March 2023", "March 14, 2023", "14/03/2023" (ASCII digits and month letters only)."""


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def shaped_day(shape: re.Match[str]) -> dt.date | None:
    """The day a match of :data:`SHAPES` states (None when there is no such day); a
    numeric date is day/month/year, else month/day/year ("03/14/2023")."""
    if shape.group("first"):
        first, second, year = (int(shape.group(g)) for g in ("first", "second", "yn"))
        return _day(year, second, first) or _day(year, first, second)
    month = month_number(shape.group("m") or shape.group("mb"))
    return _day(int(shape.group("y")), month, int(shape.group("d") or shape.group("db")))


_SETTINGS = {
    "DATE_ORDER": "DMY",  # British: 03/04/2023 is the 3rd of April
    "PREFER_LOCALE_DATE_ORDER": False,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["absolute-time"],
    "STRICT_PARSING": True,
}


class DayReader:
    """Reads the day of a :data:`DAY_DATE` match; the dateparser parser is built once."""

    def __init__(self) -> None:
        self._parser: Any = None

    def read(self, match: re.Match[str], published: dt.date | PartialDate | None) -> dt.date | None:
        """The day ``match`` names, or None when it cannot be fixed.

        A day without a year ("on 5 May") is the latest such day not after the
        publication date; without a publication date it is not guessed. When only P's
        year and month are known, a day of another month is placed by the month alone;
        a day of P's own month is not (it may fall after P).

        Args:
            match: a match of :data:`DAY_DATE`.
            published: the publication date of the text (or what is known of it).
        """
        words = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", match.group("date"), flags=re.I)
        words = re.sub(r"\bof\s+", "", words, flags=re.I)
        has_year = any(match.group(name) for name in ("y1", "y2", "y3"))
        if has_year:
            return self._parse(words)
        if isinstance(published, PartialDate):
            if published.date is None:
                return self._in_month_of(words, published)
            published = published.date
        if published is None:
            return None
        told = (match.group("rel") or "").lower()
        if told:  # "14 November last year": that year's, after P or not
            return self._parse(f"{words} {published.year - (told == 'last')}")
        day = self._parse(f"{words} {published.year}")
        if day is not None and day > published:
            day = self._parse(f"{words} {published.year - 1}")
        return day

    def _in_month_of(self, words: str, known: PartialDate) -> dt.date | None:
        """A day without a year against a P known to its month only."""
        if known.month is None:
            return None
        day = self._parse(f"{words} {known.year}")
        if day is None or day.month == known.month:
            return None
        return self._parse(f"{words} {known.year - 1}") if day.month > known.month else day

    def _parse(self, words: str) -> dt.date | None:
        shape = SHAPES.fullmatch(words)
        if shape is not None:
            return shaped_day(shape)
        if self._parser is None:
            from dateparser.date import DateDataParser

            self._parser = DateDataParser(languages=["en"], settings=_SETTINGS)
        try:
            found = self._parser.get_date_data(words).date_obj
        except (ValueError, OverflowError):
            return None
        return found.date() if found is not None else None


@cache
def default_day_reader() -> DayReader:
    """One shared :class:`DayReader` for callers that do not hold their own."""
    return DayReader()
