"""The publication date a news url carries, as far as it goes ("/2020/11/" has no day).

A release without a dated header often sits at a url that dates it: content systems
file stories under ``/2019/07/20/``, ``/2013-01-14/``, ``/2020/11/`` or
``/2020/november/``, or start the slug with the day (``/18102018-...``). Whole
year-month-day paths are htmldate's :func:`~htmldate.extractors.extract_url_date` (the
library trafilatura already brings, which reads exactly these); year-month paths use
its ``YM_PATTERN``. htmldate reads no month *names* in a path and no day-first slug
(``18102018-``), so those two are the named patterns below. What is not in the url
is never made up: a year and month stay a year and month (:class:`PartialDate`).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from pressfacts.findings import PartialDate
from pressfacts.lexicon.months import MONTH_WORD, month_number

if TYPE_CHECKING:  # htmldate is imported on the first url read: most texts carry none
    from htmldate.utils import Extractor

EARLIEST = dt.datetime(1995, 1, 1)
LATEST = dt.datetime(2039, 12, 31)
"""Dates outside these are not publication dates (a fixed bound keeps runs repeatable)."""

_YEAR = r"(?:19|20)\d{2}"
URL_DATE_PATTERNS: dict[str, re.Pattern[str]] = {
    # "/2020/november/new-taskforce", "/2019/Jul/"; not "/2020/mayor-elected" (no slash)
    "year_month_name": re.compile(rf"/(?P<y>{_YEAR})/(?P<m>{MONTH_WORD})(?:/|$)", re.I),
    # "/18102018-psni-support-..."; not "/18863369.dozens-arrested" (an article number)
    "day_first_slug": re.compile(rf"/(?P<d>\d{{2}})(?P<m>\d{{2}})(?P<y>{_YEAR})[-_]"),
}
"""The url dates htmldate does not read, each named."""


@cache
def _options() -> Extractor:
    from htmldate.utils import Extractor

    return Extractor(extensive=False, max=LATEST, min=EARLIEST, original=True, format="%Y-%m-%d")


def _within(found: PartialDate) -> PartialDate | None:
    first = dt.datetime(found.year, found.month or 1, found.day or 1)
    return found if EARLIEST <= first <= LATEST else None


def date_from_url(url: str | None) -> PartialDate | None:
    """What the path of ``url`` says of its publication date (source ``"url"``), if anything.

    Args:
        url: the document's url, as its header gives it.
    """
    if not url:
        return None
    from htmldate.extractors import YM_PATTERN, extract_url_date

    path = urlsplit(url.strip()).path
    whole = extract_url_date(path, _options())
    if whole:
        return PartialDate.of(dt.date.fromisoformat(whole), "url")
    slug = URL_DATE_PATTERNS["day_first_slug"].search(path)
    if slug:
        try:
            day = dt.date(int(slug["y"]), int(slug["m"]), int(slug["d"]))
        except ValueError:
            day = None
        if day is not None:
            return _within(PartialDate.of(day, "url"))
    named = URL_DATE_PATTERNS["year_month_name"].search(path)
    if named:
        return _within(PartialDate(int(named["y"]), month_number(named["m"]), None, "url"))
    numbered = YM_PATTERN.search(path)
    if numbered and numbered["year"] and 1 <= int(numbered["month"]) <= 12:
        return _within(PartialDate(int(numbered["year"]), int(numbered["month"]), None, "url"))
    return None
