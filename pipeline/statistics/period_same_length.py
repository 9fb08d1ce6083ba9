""" "The same five months": the span stated before that lasts that long.

A release may state several spans before pointing back with a length: "between April
and August … over the summer … Across the force area, crime fell by 4% over the same
five months". The length says which span is meant: the nearest one before that lasts
five months (April to August), not the summer stated just before it. With no length
("the same period"), or no span of that length before, the phrase is the span stated
just before (:func:`~pressfacts.statistics.period_rules.resolve_same`).
"""

from __future__ import annotations

from pressfacts.findings import PeriodFinding
from pressfacts.lexicon.number_words import count_value
from pressfacts.statistics.period_rules import Context, Resolution, Span, resolve_same

UNIT_DAYS = {"day": 1, "week": 7, "month": 30.44}
"""Days in one unit of a stated length (a month on average)."""
_NOT_SPANS = ("unresolved", "day", "previous", "baseline")
"""Kinds of phrase that are no span a length can point back to (a comparison's earlier
half is a yardstick, never what "the same" months are)."""


def _lasts(period: PeriodFinding, days: float) -> bool:
    """Whether ``period`` lasts about ``days`` days (within a tenth, at least three days)."""
    length = (period.end - period.start).days + 1
    return abs(length - days) <= max(3.0, days / 10)


def resolve_same_length(ctx: Context) -> Resolution:
    """ "the same five months", "the same six-month period", "over the three-month
    period": the nearest span stated before that lasts that long; else the span stated
    just before."""
    count = ctx.group("n") or ctx.group("n2") or ctx.group("n3")
    if count is None:
        return resolve_same(ctx)
    unit = (ctx.group("unit3") or "month").lower().rstrip("s")
    days = count_value(count) * UNIT_DAYS[unit]
    for period in reversed(ctx.found):
        if period.kind not in _NOT_SPANS and _lasts(period, days):
            return Span(period.start, period.end, "same", period.anchor)
    return resolve_same(ctx)
