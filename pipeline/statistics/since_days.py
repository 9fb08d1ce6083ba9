"""A change or count "since" a named day runs from that day to the publication date.

"Thefts have risen 12% since March 5", "since 14 February", "since 1st April 2023":
without this rule the day is read as a single day (:data:`pressfacts.statistics.
single_dates.DAY_DATE`) and the figure would cover that day alone. :data:`SINCE_DAY` is
the period rule ``since_day`` of :data:`pressfacts.statistics.period_table.PERIOD_RULES`;
as "since 2021" runs from 2021-01-01 to P, "since March 5" runs from the latest 5 March
not after P to P. Not "since March" (``since_month``: the month's first day), nor "since
2021" (``since``).
"""

from __future__ import annotations

import re

from pressfacts.statistics.period_rules import Context, Resolution, Span
from pressfacts.statistics.single_dates import DAY_DATE

SINCE_DAY = re.compile(r"\bsince\s+" + DAY_DATE.pattern, re.I)
""""since" and a day: "since March 5", "since 5 March 2023", "since Tuesday 4 June"."""


def resolve_since_day(ctx: Context) -> Resolution:
    """From the named day (the latest such day not after P when no year is written) to P;
    undated without P."""
    published = ctx.published
    if published is None:
        return None
    day = ctx.days.read(ctx.match, ctx.reference)
    if day is None or day > published:
        return None
    return Span(day, published, "since")
