"""What the period rules know of the publication date P, and from where.

In order: the stated date (header or dateline: the whole day); else the date in the
url (:mod:`pressfacts.reader.url_dates`: a whole day, or a year and month); else a
current year the text itself fixes (:data:`YEAR_FIXING_RULES`: "So far in 2012, …"
makes 2012 the year of publication, so "last September" is September 2011). Each
rule that resolves against P reads only the parts it needs (see
:class:`pressfacts.statistics.period_rules.Context`), so a year alone never yields a
day: "this year" and "today" still need P's day.
"""

from __future__ import annotations

import datetime as dt
import re

from pressfacts.findings import PartialDate

_YEAR = r"(?P<y>(?:19|20)\d{2})"

YEAR_FIXING_RULES: dict[str, re.Pattern[str]] = {
    # "So far in 2012, officers have …", "so far during 2019"; not "so far, 2012 was …"
    "so_far_in_year": re.compile(rf"\bso\s+far\s+(?:in|during)\s+{_YEAR}\b", re.I),
    # "in 2012 to date", "during 2020 so far"; not "from 2012 to date" (a span)
    "year_to_date": re.compile(
        rf"\b(?:in|during)\s+{_YEAR}\s+(?:to\s+date|so\s+far|thus\s+far)\b", re.I
    ),
    # "so far this year (2012)", "this year (2019) alone"; not "this year's 2019 figures"
    "this_year_restated": re.compile(rf"\bthis\s+year\s*\(\s*{_YEAR}\s*\)", re.I),
}
"""Phrases that state which year is the current one, each named."""


_NEEDS: dict[str, tuple[str, ...]] = {
    "so_far_in_year": ("so far",),
    "year_to_date": ("to date", "so far", "thus far"),
    "this_year_restated": ("this year",),
}
"""For a rule: words one of which the lower-cased text must hold for it to be tried."""


def year_fixed_by_text(text: str) -> int | None:
    """The current year the text states, when its phrases agree on one."""
    lowered = text.lower()
    years = {
        int(match["y"])
        for name, pattern in YEAR_FIXING_RULES.items()
        if any(word in lowered for word in _NEEDS[name])
        for match in pattern.finditer(text)
    }
    return years.pop() if len(years) == 1 else None


def publication_reference(
    text: str, published: dt.date | PartialDate | None, url_date: PartialDate | None = None
) -> PartialDate | None:
    """What is known of P: the stated date, else the url's, else the text's current year.

    Args:
        text: the document text.
        published: the stated publication date (or what is known of it).
        url_date: what the url says, when the date is not stated.
    """
    if isinstance(published, dt.date):
        return PartialDate.of(published)
    if published is not None:
        return published
    if url_date is not None:
        return url_date
    year = year_fixed_by_text(text)
    return PartialDate(year, source="text") if year is not None else None
