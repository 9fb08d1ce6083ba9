"""A span of whole years or months counted back from a dated start: "in the two years before
the cameras went live in July 2024", "over the 12 months before March 2023".

Rule ``units_before_month`` of :data:`pressfacts.statistics.period_table.PERIOD_RULES`: the
span is the whole units that end with the month before the one named (July 2022 to June
2024), what an event dated to that month was measured against. Not "the two years after
…" (a span of its own, still to be dated by another rule), nor a span with no month and
year after "before" ("the two years before the cameras went live").
"""

from __future__ import annotations

import datetime as dt

from pressfacts.lexicon.months import MONTH, month_number
from pressfacts.lexicon.number_words import count_value
from pressfacts.statistics.period_rules import (
    COUNT,
    NOT_A_PERIOD,
    YEAR,
    Context,
    Resolution,
    Span,
    month_end,
)

UNITS_BEFORE_MONTH = (
    rf"\b(?:in|during|over|for|across)\s+the\s+(?P<n>{COUNT})\s+(?P<u>years?|months?)\s+"
    rf"(?:before|prior\s+to|leading\s+up\s+to)\s+(?:[\w’'-]+\s+){{0,8}}?(?:in\s+)?"
    rf"(?P<m>{MONTH})\s+(?P<y>{YEAR})\b"
)
"""The span's words: a count of years or months "before" a month and year, an event's
words between them ("the two years before the cameras went live in July 2024")."""
_MOST_MONTHS = 120


def resolve_units_before_month(ctx: Context) -> Resolution:
    """The whole units before the month named: "the two years before … July 2024" are July
    2022 to June 2024."""
    n = count_value(ctx.group("n") or "")
    months = n * 12 if (ctx.group("u") or "").lower().startswith("year") else n
    month = month_number(ctx.group("m") or "")
    if not 1 <= months <= _MOST_MONTHS:
        return NOT_A_PERIOD
    last = int(ctx.group("y") or 0) * 12 + month - 2  # the month before, counted from year 0
    first = last - months + 1
    end = month_end(last // 12, last % 12 + 1)
    return Span(dt.date(first // 12, first % 12 + 1, 1), end)
