"""One unit of time right before or after the period stated before it: "the previous
quarter", "the preceding month", "the following week".

The ``adjacent_unit`` rule of :data:`pressfacts.statistics.period_table.PERIOD_RULES`
reads a unit with no count (a count is the ``following`` rule's: "the previous three
months"). Like ``following``, it is counted from the period stated before: "between
January and March … up 12% on the previous quarter" is October to December, and the
change compares the two. "The next month" that would run past the publication date is a
pledge, not a period. "The previous year" is ``year_before``'s (it also falls back to P).
"""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta

from pressfacts.statistics.period_rules import (
    Context,
    Resolution,
    Span,
    month_start,
    months_before,
    whole_months_after,
)

ADJACENT_UNIT = (
    r"\b(?:the\s+)?(?P<which>following|next|subsequent|previous|preceding|prior)\s+"
    r"(?P<unit>month|quarter|week)\b(?!['’]s|\s+of\b)"
)
"""The ``adjacent_unit`` pattern: "the previous quarter", "the following week"; not "the
next week of action" (an event), "the previous month's total" (a possessive, read with
its figure), "the previous three months" (``following``)."""
ADJACENT_LEAD = "tfnsp"
"""The letters an ``adjacent_unit`` match can start with (the table's lead)."""
ADJACENT_NEEDS = ("following", "next", "subsequent", "previous", "preceding", "prior")

_MONTHS = {"month": 1, "quarter": 3}
_A_YEAR = 364
"""Days a stated period spans, less one, from which it is a year or longer."""


def resolve_adjacent_unit(ctx: Context) -> Resolution:
    """One month, quarter or week before the start (or after the end) of the period
    stated before; None with nothing stated before, past P, or when that period is a year
    or longer ("… up from 64% in 2023 … seen an officer in the previous month": a survey's
    recall, not December 2022)."""
    before = (ctx.previous.start, ctx.previous.end) if ctx.previous else None
    if before is None or (before[1] - before[0]).days >= _A_YEAR:
        return None
    unit = (ctx.group("unit") or "").lower()
    earlier = (ctx.group("which") or "").lower() in ("previous", "preceding", "prior")
    if unit == "week":
        week = dt.timedelta(days=7)
        if earlier:
            return Span(before[0] - week, before[0] - dt.timedelta(days=1), "previous", before)
        span = Span(before[1] + dt.timedelta(days=1), before[1] + week, "following", before)
    else:
        months = _MONTHS[unit]
        if earlier:
            start = months_before(before[0], months)
            end = month_start(before[0]) - relativedelta(days=1)
            return Span(start, end, "previous", before)
        start, end = whole_months_after(before[1], months)
        span = Span(start, end, "following", before)
    if ctx.latest is not None and span.end > ctx.latest:
        return None  # "over the next month": a pledge
    return span
