"""Calendar quarters named with no year, dated by the period stated before.

A named rule of :data:`pressfacts.statistics.period_table.PERIOD_RULES`, with its needs
(the words one of which a text must hold for its pattern to be tried); quarters of "this
year" or "last year" ("Q3 of last year") are ``quarter_of_the_year``'s
(:mod:`pressfacts.statistics.period_year_parts`):

- ``bare_quarter``: "the third quarter", "in Q2" with no year of their own, after a
  period stated before in one calendar year ("120 in the first quarter of 2025, a further
  80 in the third quarter"): that quarter of the same year; undated otherwise. Not "the
  third quarter of 2024/25" (``fiscal_quarter``) nor "the first quarter of 2023"
  (``quarter``), which are longer and win.
"""

from __future__ import annotations

import datetime as dt
import re

from pressfacts.statistics.period_rules import Context, PeriodRule, Resolution, Span, month_end

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}
_WHICH_QUARTER = r"(?:Q(?P<q>[1-4])|the\s+(?P<ord>first|second|third|fourth|final|last)\s+quarter)"
"""A quarter by its number: "Q3", "the third quarter"."""

BARE_QUARTER = re.compile(
    rf"\b(?:(?:in|for|during|over|by)\s+){_WHICH_QUARTER}\b"
    r"(?!\s*(?:of\b|[-/]?\s*(?:19|20)\d{2}|(?:last|this|next)\s+year|results|figures\s+for))",
    re.I,
)
"""A quarter with no year of its own after a preposition: "in the third quarter", "for
Q2"; not "the third quarter of …" or "Q2 2024" (a year of their own)."""


def _quarter(ctx: Context) -> int:
    return int(ctx.group("q") or 0) or _ORDINALS[(ctx.group("ord") or "").lower()]


def _span(year: int, quarter: int) -> Span:
    first = dt.date(year, 3 * quarter - 2, 1)
    return Span(first, month_end(year, 3 * quarter), "relative")


def resolve_bare_quarter(ctx: Context) -> Resolution:
    """That quarter of the calendar year of the period stated before, when it lies in one
    calendar year; undated otherwise."""
    before = ctx.previous
    if before is None or before.start.year != before.end.year:
        return None
    return _span(before.start.year, _quarter(ctx))


_NEEDS = ("quarter", "q1", "q2", "q3", "q4")

QUARTER_RULES: tuple[PeriodRule, ...] = (
    PeriodRule("bare_quarter", BARE_QUARTER, resolve_bare_quarter, needs=_NEEDS),
)
"""The rules of this module, with their needs (the period table adds them)."""
