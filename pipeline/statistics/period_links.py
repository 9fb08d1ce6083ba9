"""Period resolvers that read the words around the period, not only the period.

Each is the resolver of one named rule of
:data:`pressfacts.statistics.period_table.PERIOD_RULES` (the rule's regex takes the
context; its group ``phrase``, when present, marks the period's own words):

- ``compared_last_year``: "…, compared to 698 last year" after a stated span is that
  span a year earlier (a like-for-like comparison), not the whole calendar year;
- ``first_span_from``: "in its first four weeks of operation from 1st September" is
  the four weeks from that day;
- ``of_the_figure``: "Of the 39, 37 …" takes the period of the figure it divides;
- ``charge_year``: a recurring charge (precept, council tax, fees) that changes "for
  the next financial year" is a change between that year and the one before, so the
  change covers both (:mod:`pressfacts.statistics.period_context` reads the anchor);
  the year's own figures still get that year alone.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from pressfacts.lexicon.months import month_number
from pressfacts.lexicon.number_words import count_value
from pressfacts.statistics.period_rules import (
    NOT_A_PERIOD,
    Context,
    Resolution,
    Span,
    resolve_relative_year,
    shifted,
)

LIKE_FOR_LIKE_DAYS = 360
"""A span shorter than this compared with "last year" is compared like for like."""
_DATED_KINDS = ("explicit", "relative", "same", "following")
"""Kinds of a phrase whose dates a like-for-like comparison may take."""
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
FIGURE_REACH = 400
"""How far before "Of the 39," (characters) the figure and its period may stand."""


def resolve_compared_last_year(ctx: Context) -> Resolution:
    """ "compared to 698 last year" after a span shorter than a year stated in the same
    sentence ("During the same period, … 753, compared to 698 last year"): that span a
    year earlier; otherwise "last year" as usual (the calendar year before P)."""
    before = ctx.last
    text = ctx.match.string
    if (
        before is None
        or before.kind not in _DATED_KINDS
        or (before.end - before.start).days >= LIKE_FOR_LIKE_DAYS
        or _SENTENCE_END.search(text, before.end_char, ctx.match.start()) is not None
    ):
        return resolve_relative_year(ctx)
    start, end = shifted(before.start, before.end, -1)
    return Span(start, end, "previous", (before.start, before.end))


def _day_without_year(day: int, month: int, ctx: Context) -> dt.date | None:
    """The latest such day not after P, as far as P is known (never guessed)."""
    if ctx.published is not None:
        year = ctx.published.year
        if (month, day) > (ctx.published.month, ctx.published.day):
            year -= 1
    elif ctx.month is not None and month != ctx.month.month:
        year = ctx.month.year - (month > ctx.month.month)
    else:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def resolve_first_span_from(ctx: Context) -> Resolution:
    """ "its first four weeks of operation from 1st September": the N days, weeks or
    months from that day; the day's year is stated or placed by P."""
    day_word = ctx.group("d") or ctx.group("db") or "0"
    month = month_number(ctx.group("m") or ctx.group("mb") or "")
    year = ctx.group("y")
    if year:
        try:
            first: dt.date | None = dt.date(int(year), month, int(day_word))
        except ValueError:
            return NOT_A_PERIOD
    else:
        first = _day_without_year(int(day_word), month, ctx)
    if first is None:
        return None
    n = count_value(ctx.group("n") or "")
    unit = (ctx.group("unit") or "day").lower()
    step = {
        "day": relativedelta(days=n),
        "week": relativedelta(weeks=n),
        "month": relativedelta(months=n),
    }[unit]
    end = first + step - dt.timedelta(days=1)
    if n < 1 or (ctx.latest is not None and end > ctx.latest):
        return None  # a pledge ("its first six months from 1 May") or nothing
    return Span(first, end)


def resolve_of_the_figure(ctx: Context) -> Resolution:
    """ "Of the 39, 37 …": the period of the figure just stated (the figure and its
    period within :data:`FIGURE_REACH` before); otherwise no period phrase at all."""
    before = ctx.previous
    start = ctx.match.start()
    if before is None or start - before.end_char > FIGURE_REACH:
        return NOT_A_PERIOD
    text = ctx.match.string
    figure = ctx.group("n") or ""
    if figure not in text[max(0, before.start_char - FIGURE_REACH) : start]:
        return NOT_A_PERIOD
    return Span(before.start, before.end, "same", before.anchor)


def resolve_charge_year(ctx: Context) -> Resolution:
    """A charge changed "for the next financial year" / "for 2022/23": that year, as the
    later half of a comparison with the year before (kind ``following``)."""
    if ctx.group("y1"):
        first, second = int(ctx.group("y1") or 0), int(ctx.group("y2") or 0)
        if (first + 1) % (100 if second < 100 else 10_000) != second:
            return NOT_A_PERIOD
    elif ctx.month is not None:
        month = ctx.month
        first = (month.year if month.month >= 4 else month.year - 1) + 1
    else:
        return None
    year = (dt.date(first, 4, 1), dt.date(first + 1, 3, 31))
    return Span(*year, "following", (dt.date(first - 1, 4, 1), dt.date(first, 3, 31)))
