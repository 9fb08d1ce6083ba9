"""Spans counted from a holiday: "the week before Christmas", "the fortnight after Easter".

The rule ``days_around_holiday`` reads a number of days, nights or weeks (or a fortnight)
before or after a holiday ("in the week before Christmas", "the 10 days leading up to
Bonfire Night", "the two weeks after Easter", "the week following New Year"): the span
ends the day before the holiday, or starts the day after it. The holiday is of the year
stated, else the latest such span begun by P, cut at P while it runs. "Christmas" alone is
Christmas Day, "New Year" New Year's Day, "Easter" Easter Sunday; a fixed holiday's day is
:data:`~pressfacts.statistics.period_holidays.FIXED_DAYS`'s.

Not "the days before Christmas" (no number: how many is unsaid), "the week before" alone
(a span before a stated period: ``previous`` rules), "the weekend before Christmas", "the
week before the Bonfire Night display" or "… Halloween party" (an event's date).
"""

from __future__ import annotations

import datetime as dt

from dateutil.easter import easter

from pressfacts.lexicon.number_words import count_value
from pressfacts.statistics.period_holidays import DAY_NAMES, FIXED_DAYS, folded_day
from pressfacts.statistics.period_rules import (
    COUNT,
    NOT_A_PERIOD,
    YEAR,
    Context,
    PeriodRule,
    Resolution,
    Span,
    compile_rule,
)

_BEFORE = r"before|leading\s+up\s+to|in\s+the\s+run[-\s]up\s+to|running\s+up\s+to|ahead\s+of"
_AFTER = r"after|following"
DAYS_AROUND_HOLIDAY = compile_rule(
    r"\b(?:(?:in|during|over|across|throughout)\s+)?the\s+(?:(?P<n>"
    + COUNT
    + r")\s+(?P<units>days|nights|weeks)|(?P<unit>week|fortnight))\s+"
    + rf"(?:(?P<before>{_BEFORE})|{_AFTER})\s+"
    + rf"(?P<day>{DAY_NAMES}|christmas|new\s+year|easter)(?!['’]|\s+(?:day|eve)\b)"
    + rf"(?:\s+(?P<y>{YEAR})\b)?(?!\s+(?:weekend|fixture|display|party|parade)\b)",
    "idoat",
)
"""A span of days before or after a holiday (see the module's docstring)."""
_DAYS = {"day": 1, "night": 1, "week": 7, "fortnight": 14}


def _holiday(name: str, year: int) -> dt.date:
    """The day of the holiday ``name`` (folded) in ``year``."""
    if name == "christmas":
        return dt.date(year, 12, 25)
    if name == "new year":
        return dt.date(year, 1, 1)
    if name == "easter":
        return easter(year)
    month, day = FIXED_DAYS[name]
    return dt.date(year, month, day)


def _span(name: str, year: int, days: int, before: bool) -> tuple[dt.date, dt.date]:
    day = _holiday(name, year)
    if before:
        return day - dt.timedelta(days=days), day - dt.timedelta(days=1)
    return day + dt.timedelta(days=1), day + dt.timedelta(days=days)


def resolve_days_around_holiday(ctx: Context) -> Resolution:
    """The days before (or after) the holiday, of the year stated, else the latest such
    span begun by P, cut at P."""
    units = ctx.group("units")
    if units:
        days = count_value(ctx.group("n") or "") * _DAYS[units.lower().rstrip("s")]
    else:
        days = _DAYS[(ctx.group("unit") or "").lower()]
    if not 1 <= days <= 92:
        return NOT_A_PERIOD
    name = folded_day(ctx.group("day") or "")
    before = bool(ctx.group("before"))
    stated = int(ctx.group("y") or 0)
    if stated:
        return Span(*_span(name, stated, days, before))
    published = ctx.published
    if published is None:
        return None
    start, end = _span(name, published.year, days, before)
    if start > published:
        start, end = _span(name, published.year - 1, days, before)
    return Span(start, min(end, published), "relative")


HOLIDAY_SPAN_RULES: tuple[PeriodRule, ...] = (
    PeriodRule(
        "days_around_holiday",
        DAYS_AROUND_HOLIDAY,
        resolve_days_around_holiday,
        needs=("christmas", "new year", "easter", "halloween", "hallowe", "bonfire", "boxing",
               "valentine"),
    ),
)  # fmt: skip
"""The period rule of spans counted from a holiday."""
