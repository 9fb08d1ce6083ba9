"""Half years and the festive period as periods.

- ``half_year``: "the first half of the year", "the second half of last year", "the first
  half of 2024". A half is six whole calendar months (January to June, July to
  December). "the year" / "this year" is P's year, the previous year when that half has
  not begun by P, and a half still running is cut at P.
- ``festive_period``: "over the festive period", "during the Christmas period", "over
  Christmas and New Year": the span stated before when it takes in Christmas Day (a
  festive campaign's dates, "between 1 December and 1 January"); otherwise undated (no
  fixed dates: campaigns run from late November to early January).
"""

from __future__ import annotations

import datetime as dt

from pressfacts.statistics.period_rules import YEAR, Context, Resolution, Span

HALF_YEAR = (
    rf"\b(?:the\s+)?(?P<which>first|second|latter)\s+half\s+of\s+(?:(?P<y>{YEAR})\b|"
    r"(?P<rel>this|last)\s+year\b|the\s+(?:calendar\s+)?year\b(?!\s+(?:to|ending|before|\d)))"
)
"""A half of a calendar year: "the first half of the year", "the second half of last
year", "the latter half of 2023"; not "the first half of the year to March" nor "the
first half of 2024/25" (a financial year's half)."""
HALF_YEAR_LEAD = "tfsl"
HALF_YEAR_NEEDS = ("half of",)

FESTIVE_PERIOD = (
    r"\b(?:over|during|throughout|across|in)\s+(?:the\s+)?(?:festive\s+(?:period|season|"
    r"fortnight|break)|christmas(?:\s+and\s+new\s+year)?(?:\s+(?:period|season|fortnight)|"
    r"(?=\s*[,.;]|\s+(?:and|when|as|while)\b)))"
)
"""The festive period: "over the festive period", "during the festive season", "over
the Christmas period", "over Christmas and New Year", "over Christmas,"; not "a
Christmas campaign" nor "over Christmas Day" (a day)."""
FESTIVE_LEAD = "odtai"
FESTIVE_NEEDS = ("festive", "christmas")


def resolve_half_year(ctx: Context) -> Resolution:
    """The half's six whole months: of the year stated; else of P's year (the year
    before when that half begins after P; cut at P while it runs), or of the year
    before P's for "last year"."""
    second = (ctx.group("which") or "").lower() in ("second", "latter")
    first_month = 7 if second else 1
    stated = ctx.group("y")
    if stated:
        return Span(*_half(int(stated), first_month))
    published = ctx.published
    if published is None:
        return None
    if (ctx.group("rel") or "").lower() == "last":
        return Span(*_half(published.year - 1, first_month), "relative")
    start, end = _half(published.year, first_month)
    if start > published:
        start, end = _half(published.year - 1, first_month)
    return Span(start, min(end, published), "relative")


def _half(year: int, first_month: int) -> tuple[dt.date, dt.date]:
    """The six whole months of ``year`` from ``first_month`` (1 or 7)."""
    if first_month == 1:
        return dt.date(year, 1, 1), dt.date(year, 6, 30)
    return dt.date(year, 7, 1), dt.date(year, 12, 31)


def resolve_festive_period(ctx: Context) -> Resolution:
    """The span stated before, when it takes in a Christmas Day; else undated."""
    before = ctx.previous
    if before is None:
        return None
    christmas = dt.date(before.start.year, 12, 25)
    if not before.start <= christmas <= before.end:
        return None
    return Span(before.start, before.end, "same")
