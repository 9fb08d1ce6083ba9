"""Spans counted from a dated event: "in the six weeks after the flooding in Carlisle on
3 March", then "in the weeks after the flooding" pointing back to it.

A figure counted "in the N days/weeks/months after <an event> on <a day>" covers the event's
day and the N units that begin with it (six weeks from 3 March: 3 March to 13 April), ended
by P when P comes sooner; a day written without a year is the latest such day not after P.
A later "in the weeks after the <event>" with no count covers that event's day (the day of
the last such span) to P; with no such span before it, it is undated. Not "six weeks after
the attack, he was charged" (no "in/during/over the" before the count: a point in time),
nor a span with no day named ("in the six weeks after the match").
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from pressfacts.lexicon.months import MONTH, month_number
from pressfacts.lexicon.number_words import count_value
from pressfacts.statistics.period_rules import COUNT, YEAR, Context, PeriodRule, Resolution, Span

UNITS_AFTER_DAY = re.compile(
    rf"\b(?:in|during|over|within)\s+the\s+(?:first\s+)?(?P<n>{COUNT})\s+"
    r"(?P<unit>day|week|month)s?\s+(?:after|following)\s+"
    r"(?P<event>(?:the|a|an|that|this)\s+(?:[A-Za-z'’-]+\s+){1,8}?)(?:on\s+)?"
    rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?\b",
    re.I,
)
""""in the six weeks after the disorder in Bolton on 15 August", "during the first ten days
following the storm on 2 February 2025"; not "six weeks after the attack" (no span)."""

UNITS_AFTER_THE_EVENT = re.compile(
    r"\b(?:in|during|over)\s+the\s+(?:days|weeks|months)\s+(?:after|following)\s+"
    r"(?:the|that)\s+(?:[a-z'’-]+\s+){0,2}?(?P<noun>[a-z-]+)\b(?!\s+(?:on|of)\s+\d)",
    re.I,
)
""""in the weeks after the disorder", "over the days following the attack" (the event
dated before); not "in the weeks after the disorder on 15 August" (dated here)."""

_LENGTH = {"day": "days", "week": "weeks", "month": "months"}
"""The relativedelta argument of each unit."""


def _event_day(ctx: Context) -> dt.date | None:
    """The day named, in the year written or else the latest such day not after P."""
    month, day = month_number(ctx.match.group("m")), int(ctx.match.group("d"))
    year = ctx.match.group("y")
    try:
        if year:
            return dt.date(int(year), month, day)
        published = ctx.published
        if published is None:
            return None
        named = dt.date(published.year, month, day)
        return named if named <= published else dt.date(published.year - 1, month, day)
    except ValueError:
        return None


def resolve_units_after_day(ctx: Context) -> Resolution:
    """The event's day and the N units from it, ended by P when P is sooner."""
    start = _event_day(ctx)
    if start is None:
        return None
    unit = _LENGTH[ctx.match.group("unit").lower()]
    end = start + relativedelta(**{unit: count_value(ctx.match.group("n"))}) - dt.timedelta(1)
    published = ctx.published
    if published is not None and start <= published < end:
        end = published
    return Span(start, end)


def resolve_units_after_the_event(ctx: Context) -> Resolution:
    """The day of the last dated "N units after <event> on <day>" span, to P."""
    published = ctx.published
    if published is None:
        return None
    text = ctx.match.string
    for finding in reversed(ctx.found):
        if finding.start_char >= ctx.match.start():
            continue
        if UNITS_AFTER_DAY.fullmatch(text, finding.start_char, finding.end_char):
            if finding.start <= published:
                return Span(finding.start, published)
            return None
    return None


UNITS_AFTER_RULES: tuple[PeriodRule, ...] = (
    PeriodRule(
        "units_after_dated_event",
        UNITS_AFTER_DAY,
        resolve_units_after_day,
        (" after ", " following "),
    ),
    PeriodRule(
        "units_after_the_event",
        UNITS_AFTER_THE_EVENT,
        resolve_units_after_the_event,
        ("s after ", "s following "),
    ),
)
"""Spans counted from a dated event, each named."""
