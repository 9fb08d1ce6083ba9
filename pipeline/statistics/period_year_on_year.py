""" "Year on year": a change against the same period a year earlier (rule ``year_on_year``).

"From May to July 2021 Suffolk logged 410 thefts, up 6% year on year": the period stated
before, a year earlier, so the change covers both; "Shop thefts rose 6% year-on-year in
April": the month named right after it, a year earlier.
"""

from __future__ import annotations

import datetime as dt
import re

from pressfacts.lexicon.months import MONTHS as MONTH_NUMBERS
from pressfacts.statistics.period_rules import (
    Context,
    Resolution,
    Span,
    latest_month,
    month_end,
    shifted,
)

_MONTH_AFTER = re.compile(r"\s+(?:in|during|for)\s+(?P<m>[A-Z][a-z]+)\b(?!\s+\d)")
"""A month right after "year on year" ("up 12% year-on-year in May"): the period compared."""


def resolve_year_on_year(ctx: Context) -> Resolution:
    """ "up 18% year on year" after a stated period: that period a year earlier, so the
    change covers both; with nothing stated before, a month named right after it ("rose 12%
    year-on-year in May": the latest whole May up to P); else undated."""
    before = (ctx.previous.start, ctx.previous.end) if ctx.previous else None
    if before is None:
        before = _month_after(ctx)
    if before is None:
        return None
    start, end = shifted(before[0], before[1], -1)
    return Span(start, end, "previous", before)


def _month_after(ctx: Context) -> tuple[dt.date, dt.date] | None:
    """The latest whole month up to P named right after the match (:data:`_MONTH_AFTER`)."""
    found = _MONTH_AFTER.match(ctx.match.string, ctx.match.end())
    month = ctx.month
    if found is None or month is None or found.group("m").lower() not in MONTH_NUMBERS:
        return None
    first = latest_month(found.group("m").lower(), month, False)
    return None if first >= month else (first, month_end(first.year, first.month))
