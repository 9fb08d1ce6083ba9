"""A span that ends on a stated day: "in the year to 31 March 2026", "the 12 months ending
30 June", "the three months to 31 October", "the fortnight up to 14 May", "in the week to Sunday".

Official statistics are published for a span up to a stated day, most often a month's
last day. Read alone, the day looked like an event's date, which no figure takes; here
``span_to_day`` (:data:`DAY_END_RULES`) is the stated length up to and including that
day. A span of months or years ending on a month's last day is those whole months;
otherwise it runs from the day after the same date that long before. Without a year, the
day is the latest such day not after P (undated without P). The month-only wordings ("the
year to March 2024") are the table's ``year_to`` rules. A span of days or weeks may end on a
weekday instead (``span_to_weekday``: "in the week to Sunday", "the fortnight ending
Friday"): the latest such weekday on or before P. "Last night" (``last_night``) is the day
before P, a single day as a stated one is.
"""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta

from pressfacts.lexicon.months import MONTH, WEEKDAYS, month_number
from pressfacts.lexicon.number_words import count_value
from pressfacts.statistics.period_figure_days import counted_day
from pressfacts.statistics.period_rules import (
    COUNT,
    NOT_A_PERIOD,
    YEAR,
    Context,
    PeriodRule,
    Resolution,
    Span,
    compile_rule,
    month_end,
    months_before,
)
from pressfacts.statistics.rule_needs import pairs

_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_MONTHS = {"month": 1, "quarter": 3, "year": 12}
"""Months in one unit of a stated length counted in months."""
_DAYS = {"day": 1, "week": 7, "fortnight": 14}
"""Days in one unit of a stated length counted in days."""


def _year_of(ctx: Context, month: int, day: int) -> int | None:
    """The stated year, or the latest year whose (month, day) is not after P."""
    if ctx.group("y"):
        return int(ctx.group("y") or 0)
    published = ctx.published
    if published is None:
        return None
    return published.year - ((month, day) > (published.month, published.day))


def resolve_span_to_day(ctx: Context) -> Resolution:
    """The stated length up to and including the stated day: "the year to 31 March 2026"
    -> 1 April 2025 to 31 March 2026; "the fortnight to 14 May" -> 1 to 14 May."""
    one = (ctx.group("one") or "").lower()
    unit = one or (ctx.group("unit") or "").lower().rstrip("s")
    count = 1 if one else count_value(ctx.group("n") or "")
    month, day = month_number(ctx.group("m") or ""), int(ctx.group("d") or 0)
    year = _year_of(ctx, month, day)
    if year is None:
        return None
    try:
        end = dt.date(year, month, day)
    except ValueError:  # "31 June": no such day
        return NOT_A_PERIOD
    kind = "explicit" if ctx.group("y") else "relative"
    if unit in _DAYS:
        return Span(end - dt.timedelta(days=count * _DAYS[unit] - 1), end, kind)
    months = count * _MONTHS[unit]
    if not 1 <= months <= 36:
        return NOT_A_PERIOD
    if end == month_end(year, month):
        return Span(months_before(end, months - 1), end, kind)
    return Span(end - relativedelta(months=months) + dt.timedelta(days=1), end, kind)


def resolve_span_to_weekday(ctx: Context) -> Resolution:
    """Rule ``span_to_weekday``: the stated days, weeks or fortnight up to and including the
    latest such weekday on or before P ("the week to Sunday", P a Monday: the seven days
    to the day before); a span of more than 13 weeks is none; undated without P."""
    published = ctx.published
    if published is None:
        return None
    one = (ctx.group("one") or "").lower()
    unit = one or (ctx.group("unit") or "").lower().rstrip("s")
    days = (1 if one else count_value(ctx.group("n") or "")) * _DAYS[unit]
    if not 1 <= days <= 91:
        return NOT_A_PERIOD
    weekday = WEEKDAYS.index((ctx.group("wd") or "").lower())
    end = published - dt.timedelta(days=(published.weekday() - weekday) % 7)
    return Span(end - dt.timedelta(days=days - 1), end, "relative")


def resolve_last_night(ctx: Context) -> Resolution:
    """Rule ``last_night``: the night before P, dated by the day it began (P less one day):
    an event's day as "today" is, unless the words after it make it the figures' day ("Last
    night alone", :func:`~.counted_day`, as :func:`~.resolve_day`); with no P, no span."""
    if ctx.published is None:
        return NOT_A_PERIOD
    day = ctx.published - dt.timedelta(days=1)
    counted = counted_day(ctx.match.string, ctx.match.start(), ctx.match.end())
    return Span(day, day, "relative" if counted else "day")


DAY_END_RULES: tuple[PeriodRule, ...] = (
    # "the year to 31 July 2025", "the 12 months ending 30 June", "the six months to 30th
    # September 2024", "the year up to 31 March", "the fortnight to 14 May"; not "the year
    # to March 2024" (year_to), "up to 31 March" alone (no length)
    PeriodRule(
        "span_to_day",
        compile_rule(
            rf"\b(?:the\s+)?(?:(?P<n>{COUNT})\s+(?P<unit>days|weeks|months|years)|"
            r"(?P<one>year|quarter|month|week|fortnight))\s+(?:to|ending|ended|up\s+to)\s+"
            rf"(?:the\s+)?(?P<d>{_DAY})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTH})\b"
            rf"(?:,?\s+(?P<y>{YEAR})\b)?(?![-/]\d)",
            "0-9tyqmwfdosen",
        ),
        resolve_span_to_day,
        needs=pairs(
            ("year", "years", "months", "weeks", "days", "quarter", "month", "week", "fortnight"),
            ("to", "ending", "ended", "up to"),
        ),
    ),
    # "in the week to Sunday", "the fortnight ending Friday", "the two weeks to last
    # Saturday", the preposition before it taken so that "in the week" alone (``the_week``)
    # is not read first; not "the week to Sunday 1 March" (a dated day: not this rule's),
    # nor "the year to Sunday" (no span of days)
    PeriodRule(
        "span_to_weekday",
        compile_rule(
            r"\b(?:(?:during|in|over|throughout|across)\s+)?(?:the\s+)?"
            rf"(?:(?P<n>{COUNT})\s+(?P<unit>days|weeks)|(?P<one>week|fortnight))"
            r"\s+(?:to|ending|ended|up\s+to)\s+(?:last\s+)?(?P<wd>"
            + "|".join(WEEKDAYS)
            + rf")\b(?!['’]|\s+(?:the\s+)?\d|\s+{MONTH}\b)",
            "0-9tywfdosenia",
        ),
        resolve_span_to_weekday,
        needs=pairs(("weeks", "days", "week", "fortnight"), ("to", "ending", "ended", "up to")),
    ),
    # "Last night alone we had four vans broken into": the night before P, a single day that
    # dates a figure only as the day rules let it ("alone": ``day_alone``); not "overnight"
    PeriodRule(
        "last_night",
        compile_rule(r"\blast\s+night\b", "l"),
        resolve_last_night,
        needs=("last night",),
    ),
)
"""The period rules of a span that ends on a stated day or weekday."""
