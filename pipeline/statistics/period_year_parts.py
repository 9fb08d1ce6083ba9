"""Parts of a calendar year as periods (its halves are ``half_year``'s, in
:mod:`pressfacts.statistics.period_parts`).

- ``quarter_of_the_year``: "the first quarter of the year", "the final quarter of last
  year", "Q3 of last year", "Q1 this year" (a calendar quarter; "the first quarter of
  2024" is the ``quarter`` rule's);
- ``months_of_the_year``: "the first six months of the year", "the last (final) three
  months of the year" ("… of this/last year" is ``first_months_relative``'s);
- ``quarters_of_the_year``: "the first three quarters of 2024", "the last two quarters of
  the year": that many calendar quarters, as whole months;
- ``weeks_of_month``: "the first two weeks of December", "the last 10 days of March";
- ``half_of_month``: "the first half of March" (1 to 15), "the second half of September".

A part of "the year" or "this year" is of P's year, of the year before when that part
has not begun by P, and cut at P while it runs; of "last year", of the year before P's.
"""

from __future__ import annotations

import datetime as dt
import re
from calendar import monthrange
from collections.abc import Callable

from dateutil.relativedelta import relativedelta

from pressfacts.lexicon.months import MONTH, month_number
from pressfacts.lexicon.number_words import count_value
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

_THE_YEAR = (
    r"(?:(?P<rel>this|last)\s+year\b|the\s+(?:calendar\s+)?year\b(?!\s+(?:to|ending|before|\d)))"
)
"""P's year ("the year", "this year") or the one before ("last year"); not "the year to
March" (a span of its own)."""
QUARTER_OF_THE_YEAR = (
    rf"\b(?:(?:the\s+)?(?P<ord>first|second|third|fourth|final|last)\s+quarter\s+of|"
    rf"Q(?P<q>[1-4])(?:\s+of)?)\s+{_THE_YEAR}"
)
"""A calendar quarter of P's year or the one before: "the first quarter of the year",
"Q3 of last year", "Q1 this year"."""
QUARTER_LEAD = "tfslq"
QUARTER_NEEDS = ("quarter of", "q1", "q2", "q3", "q4")
MONTHS_OF_THE_YEAR = (
    rf"\b(?:the\s+)?(?P<part>first|last|final)\s+(?P<n>{COUNT})\s+months\s+of\s+the\s+"
    r"(?:calendar\s+)?year\b(?!\s+(?:to|ending|before|\d))"
)
"""The first or last months of P's year: "the first six months of the year", "the final
three months of the year"."""
MONTHS_LEAD = "tfl"
MONTHS_NEEDS = ("months of the",)

QUARTERS_OF_THE_YEAR = (
    rf"\b(?:the\s+)?(?P<part>first|last)\s+(?P<n>two|three|[23])\s+quarters\s+of\s+"
    rf"(?:(?P<y>{YEAR})\b(?![/-]\d)|{_THE_YEAR})"
)
"""The first or last quarters of a calendar year: "the first three quarters of 2024" (not
three quarters as a share; "… of 2024/25" is a financial year's)."""
QUARTERS_NEEDS = ("quarters of",)

WEEKS_OF_MONTH = (
    rf"\b(?:the\s+)?(?P<edge>first|last|final)\s+(?:(?P<n>{COUNT})\s+)?(?P<unit>weeks?|days?|"
    rf"fortnight)\s+of\s+(?P<m>{MONTH})(?:\s+(?P<y>{YEAR})\b)?"
)
"""The first or last days or weeks of a month: "the first two weeks of December", "the
last 10 days of March 2024", "the first fortnight of May"; a month without a year is the
latest one begun by P, cut at P while it runs."""
WEEKS_LEAD = "tfl"
WEEKS_NEEDS = ("week of", "weeks of", "days of", "day of", "fortnight of")


HALF_OF_MONTH = (
    rf"\b(?:the\s+)?(?P<edge>first|second|latter)\s+half\s+of\s+(?P<m>{MONTH})"
    rf"(?:\s+(?P<y>{YEAR})\b)?"
)
"""A half of a month: "the first half of March" (1 to 15), "the second half of September",
"the latter half of May 2024" (16 to the month's end); the month as for
:data:`WEEKS_OF_MONTH`."""
HALF_LEAD = "tfsl"
HALF_NEEDS = ("half of",)
_FIRST_HALF_DAYS = 15


def resolve_half_of_month(ctx: Context) -> Resolution:
    """The first 15 days of the month, or the days after them."""
    first = (ctx.group("edge") or "").lower() == "first"
    month = month_number(ctx.group("m") or "")

    def days(year: int) -> int:
        return _FIRST_HALF_DAYS if first else monthrange(year, month)[1] - _FIRST_HALF_DAYS

    return _month_edge(ctx, month, days, first)


def resolve_weeks_of_month(ctx: Context) -> Resolution:
    """The first or last ``n`` days or weeks (a fortnight: 14 days) of the month."""
    unit = (ctx.group("unit") or "").lower()
    n = count_value(ctx.group("n") or "1")
    days = 14 * n if unit == "fortnight" else (7 * n if unit.startswith("week") else n)
    month = month_number(ctx.group("m") or "")
    first = (ctx.group("edge") or "").lower() == "first"
    return _month_edge(ctx, month, lambda _year: days, first)


def _month_edge(ctx: Context, month: int, days: Callable[[int], int], first: bool) -> Resolution:
    """The first (or last) ``days(year)`` days of ``month``, of the year stated, else of
    the latest such month begun by P, cut at P while it runs."""
    published = ctx.published
    if ctx.group("y"):
        year = int(ctx.group("y") or 0)
    elif published is not None:
        year = published.year if month <= published.month else published.year - 1
    else:
        return None
    span = _edge_days(year, month, days(year), first)
    if span is None:
        return NOT_A_PERIOD
    start, end = span
    if ctx.group("y") or published is None:
        return Span(start, end)
    if start > published:  # not begun by P: the year before's
        start, end = _edge_days(year - 1, month, days(year - 1), first) or span
    return Span(start, min(end, published), "relative")


def _edge_days(year: int, month: int, days: int, first: bool) -> tuple[dt.date, dt.date] | None:
    """The first (or last) ``days`` days of ``month`` of ``year``; None when longer than
    the month."""
    opening = dt.date(year, month, 1)
    closing = opening + relativedelta(months=1) - dt.timedelta(days=1)
    if not 1 <= days <= closing.day:
        return None
    if first:
        return opening, opening + dt.timedelta(days=days - 1)
    return closing - dt.timedelta(days=days - 1), closing


_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}


def resolve_quarter_of_the_year(ctx: Context) -> Resolution:
    """The quarter's three whole months (:func:`_part_of_year`)."""
    quarter = int(ctx.group("q") or 0) or _QUARTERS[(ctx.group("ord") or "").lower()]
    return _part_of_year(ctx, 3 * quarter - 2, 3)


def resolve_months_of_the_year(ctx: Context) -> Resolution:
    """The first or last ``n`` whole months of the year (:func:`_part_of_year`)."""
    n = count_value(ctx.group("n") or "")
    if not 1 <= n <= 12:
        return NOT_A_PERIOD
    first = (ctx.group("part") or "").lower() == "first"
    return _part_of_year(ctx, 1 if first else 13 - n, n)


def resolve_quarters_of_the_year(ctx: Context) -> Resolution:
    """The first or last ``n`` calendar quarters, as whole months (:func:`_part_of_year`)."""
    months = 3 * count_value(ctx.group("n") or "")
    first = (ctx.group("part") or "").lower() == "first"
    return _part_of_year(ctx, 1 if first else 13 - months, months)


_SAME_SENTENCE_GAP = re.compile(r"[^.;:!?\n]{0,120}")
"""What may stand between a part of a stated year and a part of "the year" compared with it
(rule ``part_of_year_compared``): one clause's words, no stop."""
COMPARING_IN_GAP = re.compile(
    r"\b(?:compared\s+(?:with|to)|against|versus|vs\b|than|from|on)\b", re.I
)
"""What makes the part of "the year" after it a yardstick of the part before (rule
``part_of_year_compared``): "compared with", "against", "versus", "than", "from 305 in", "an
improvement on the 350 recorded in"; not "…, and in the first three months of the year they
expect …" (no comparison: a part of P's year)."""


def year_of_part_before(ctx: Context) -> int | None:
    """Rule ``part_of_year_compared``: the year of a part of a stated year (a half, a
    quarter, some months: explicit, shorter than a year) stated just before in the same
    sentence, which a part of "the year" is compared with (:data:`COMPARING_IN_GAP`: "fell
    by 38% in the second half of 2025 compared with the first six months of the year":
    2025's first six months, not P's). None when the period just before is no explicit
    part of one year (a whole year before it, "in 2025 … in the first six months of the
    year", is :func:`.period_parts._whole_year_before`'s), or stands in a sentence before;
    the callers ask only for "the year", not "this year"/"last year" (counted from P)."""
    previous = ctx.previous
    if previous is None or previous.kind != "explicit":
        return None
    start, end = previous.start, previous.end
    if start.year != end.year or (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return None
    at = ctx.match.start()  # a period after it gives no match (start past end)
    text = ctx.match.string
    if not _SAME_SENTENCE_GAP.fullmatch(text, previous.end_char, at):
        return None
    if COMPARING_IN_GAP.search(text, previous.end_char, at) is None:
        return None
    return start.year


def _part_of_year(ctx: Context, first_month: int, months: int) -> Resolution:
    """``months`` whole months from ``first_month``: of the year stated; of the year
    before P's for "last year"; of a part of a stated year it is compared with
    (:func:`year_of_part_before`); else of P's year (the year before when the part begins
    after P), cut at P while it runs."""
    stated = ctx.group("y")
    if stated:
        return Span(*_months(int(stated), first_month, months))
    compared = None if ctx.group("rel") else year_of_part_before(ctx)
    if compared is not None:
        return Span(*_months(compared, first_month, months))
    published = ctx.published
    if published is None:
        return None
    if (ctx.group("rel") or "").lower() == "last":
        return Span(*_months(published.year - 1, first_month, months), "relative")
    start, end = _months(published.year, first_month, months)
    if start > published:
        start, end = _months(published.year - 1, first_month, months)
    return Span(start, min(end, published), "relative")


def _months(year: int, first_month: int, months: int) -> tuple[dt.date, dt.date]:
    """The ``months`` whole months of ``year`` from ``first_month``."""
    start = dt.date(year, first_month, 1)
    return start, start + relativedelta(months=months) - dt.timedelta(days=1)


def _rule(
    name: str,
    pattern: str,
    lead: str,
    resolve: Callable[[Context], Resolution],
    needs: tuple[str, ...],
) -> PeriodRule:
    """A rule of this module, compiled as the period table compiles its own
    (:func:`~pressfacts.statistics.period_rules.compile_rule`)."""
    return PeriodRule(name, compile_rule(pattern, lead), resolve, needs)


YEAR_PART_RULES: tuple[PeriodRule, ...] = (
    _rule(
        "quarter_of_the_year",
        QUARTER_OF_THE_YEAR,
        QUARTER_LEAD,
        resolve_quarter_of_the_year,
        QUARTER_NEEDS,
    ),
    _rule(
        "months_of_the_year",
        MONTHS_OF_THE_YEAR,
        MONTHS_LEAD,
        resolve_months_of_the_year,
        MONTHS_NEEDS,
    ),
    _rule(
        "quarters_of_the_year",
        QUARTERS_OF_THE_YEAR,
        MONTHS_LEAD,
        resolve_quarters_of_the_year,
        QUARTERS_NEEDS,
    ),
    _rule("weeks_of_month", WEEKS_OF_MONTH, WEEKS_LEAD, resolve_weeks_of_month, WEEKS_NEEDS),
    _rule("half_of_month", HALF_OF_MONTH, HALF_LEAD, resolve_half_of_month, HALF_NEEDS),
)
"""The rules of this module, each with its needs, for the period table."""
