"""A level counted at a span's start: "… has grown to 410 cadets since it relaunched in
September 2023, when it had 160 cadets in eight units".

A ", when it had" clause right after a "since" span points back to the span's first
day: the counts in it are the level then, not over the span. :data:`START_LEVEL_RULES`
reads the clause's opening as a period of its own: the month the span starts in when
its phrase names a month, else that year. Not a ", when" after any other phrase ("in
2024, when it had" is the year already), nor "since then, when …" (no date: undated
spans are left alone).
"""

from __future__ import annotations

import datetime as dt
import re

from pressfacts.lexicon.months import MONTH
from pressfacts.statistics.period_rules import (
    NOT_A_PERIOD,
    Context,
    PeriodRule,
    Resolution,
    Span,
    month_end,
)

WHEN_IT_HAD = re.compile(
    r",\s+when\s+(?:it|they|there|we|the\s+[a-z]+)\s+(?:had|was|were|numbered|stood\s+at)\b",
    re.I,
)
"""The clause of a level at a span's start: ", when it had", ", when there were", ", when
the scheme numbered"."""
_NAMED_MONTH = re.compile(rf"\b{MONTH}\b", re.I)
_GAP = 2
"""How far the clause may start after the "since" phrase (characters): a comma and a space."""


def resolve_start_level(ctx: Context) -> Resolution:
    """The first month (or year) of the "since" span just before; not a period otherwise."""
    last = ctx.last
    if last is None or last.kind != "since" or ctx.match.start() - last.end_char > _GAP:
        return NOT_A_PERIOD
    phrase = ctx.match.string[last.start_char : last.end_char]
    start = last.start
    if _NAMED_MONTH.search(phrase):
        return Span(start, month_end(start.year, start.month))
    return Span(dt.date(start.year, 1, 1), dt.date(start.year, 12, 31))


START_LEVEL_RULES: tuple[PeriodRule, ...] = (
    PeriodRule("level_at_start", WHEN_IT_HAD, resolve_start_level, (", when",)),
)
"""The rule of a level at a "since" span's start, with its needs."""
