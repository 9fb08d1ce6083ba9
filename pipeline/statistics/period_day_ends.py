"""A span that ends on a stated day: "in the year to 31 March 2026", "the 12 months ending
30 June", "the three months to 31 October", "the fortnight to 14 May".

Official statistics are published for a span up to a day. Read alone, the day looked like
an event's date, which no figure takes; here the span it closes is the figure's period:
the stated length back from that day (a year to 31 March 2026: 1 April 2025 to 31 March
2026). A day with no year is the latest such day by P (none without P).
"""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta

from pressfacts.lexicon.months import MONTH, month_number
from pressfacts.lexicon.number_words import count_value
from pressfacts.statistics.period_rules import (
    COUNT,
    YEAR,
    Context,
    PeriodRule,
    Resolution,
    Span,
    compile_rule,
)

_LENGTHS = {
    "day": relativedelta(days=1),
    "week": relativedelta(weeks=1),
    "fortnight": relativedelta(weeks=2),
    "month": relativedelta(months=1),
    "quarter": relativedelta(months=3),
    "year": relativedelta(years=1),
}
"""One unit of a stated length."""


def _end_day(ctx: Context) -> dt.date | None:
    """The stated day; with no year, the latest such day by P (None without P)."""
    month, day = month_number(ctx.group("m") or ""), int(ctx.group("d") or 0)
    year = ctx.group("y")
    try:
        if year:
            return dt.date(int(year), month, day)
        published = ctx.published
        if published is None:
            return None
        end = dt.date(published.year, month, day)
        return end if end <= published else dt.date(published.year - 1, month, day)
    except ValueError:  # "31 June": no such day
        return None


def resolve_span_to_day(ctx: Context) -> Resolution:
    """The stated length back from the stated day: "the year to 31 March 2026" -> 1 April
    2025 to 31 March 2026; "the three months to 31 October" -> 1 August to 31 October."""
    end = _end_day(ctx)
    if end is None:
        return None
    one = (ctx.group("one") or "").lower()
    unit = one or (ctx.group("unit") or "").lower().rstrip("s")
    count = 1 if one else count_value(ctx.group("n") or "")
    if count < 1:
        return None
    start = end + relativedelta(days=1) - _LENGTHS[unit] * count
    return Span(start, end, "explicit" if ctx.group("y") else "relative")


DAY_END_RULES: tuple[PeriodRule, ...] = (
    # "the year to 31 March 2026", "the 12 months ending 30 June", "the three months to 31st
    # October", "the fortnight up to 14 May"; not "the year to March 2026" (year_to), "up to
    # 31 March" alone (no length)
    PeriodRule(
        "span_to_day",
        compile_rule(
            rf"\b(?:the\s+)?(?:(?P<n>{COUNT})\s+(?P<unit>days|weeks|months|years)|"
            r"(?P<one>year|quarter|month|week|fortnight))\s+(?:to|ending|ended|up\s+to)\s+"
            rf"(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTH})"
            rf"(?:,?\s+(?P<y>{YEAR}))?\b",
            "0-9a-z",
        ),
        resolve_span_to_day,
        needs=(" to ", "ending", "ended"),
    ),
)
"""The period rule of a span that ends on a stated day."""
