"""Half-years: six months named as one unit.

- ``half_year_to``: "the half-year to the end of September", "the half year ending March
  2026": the six whole months ending with that month; without a year, the latest such
  month before P's month (undated without P), as "the six months to September".
- ``adjacent_half_year``: "the previous half-year", "the preceding half year", "the
  following half-year": the six whole months before the start (or after the end) of the
  period stated before, as "the previous six months"; undated with none stated before.
  Not "the first half of the year" (a part of a year: :mod:`period_parts`).
"""

from __future__ import annotations

import datetime as dt

from pressfacts.lexicon.months import MONTH
from pressfacts.statistics.period_fiscal import months_ending
from pressfacts.statistics.period_rules import (
    YEAR,
    Context,
    PeriodRule,
    Resolution,
    Span,
    compile_rule,
    month_start,
    months_before,
    whole_months_after,
)

_HALF_YEAR = r"half[-\s]year"
_EARLIER = ("previous", "preceding", "prior")


def resolve_half_year_to(ctx: Context) -> Resolution:
    """The six whole months ending with the named month; without a year, the latest such
    month before P's month; undated without either."""
    return months_ending(ctx, 6)


def resolve_adjacent_half_year(ctx: Context) -> Resolution:
    """The six whole months before (or after) the period stated before."""
    before = ctx.previous
    if before is None:
        return None
    if (ctx.group("which") or "").lower() in _EARLIER:
        start = months_before(before.start, 6)
        return Span(start, month_start(before.start) - dt.timedelta(days=1), "previous")
    start, end = whole_months_after(before.end, 6)
    if ctx.latest is not None and end > ctx.latest:
        return None  # a half-year still to come is a plan, not a figure's span
    return Span(start, end, "following")


HALF_YEAR_RULES: tuple[PeriodRule, ...] = (
    # "the half-year to the end of September", "the half year ending March 2026"; not
    # "half a year" (a duration), "the first half of the year" (period_parts)
    PeriodRule(
        "half_year_to",
        compile_rule(
            rf"\b(?:the\s+)?{_HALF_YEAR}\s+(?:to|ending)\s+(?:the\s+end\s+of\s+)?"
            rf"(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?\b(?!\s*\d)",
            "th",
        ),
        resolve_half_year_to,
        needs=("half-year", "half year"),
    ),
    # "the previous half-year", "the preceding half year", "the following half-year"
    PeriodRule(
        "adjacent_half_year",
        compile_rule(
            rf"\b(?:the\s+)?(?P<which>previous|preceding|prior|following|next|subsequent)\s+"
            rf"{_HALF_YEAR}\b",
            "tpfns",
        ),
        resolve_adjacent_half_year,
        needs=("half-year", "half year"),
    ),
)
"""Rules over half-years; they carry their own needs."""
