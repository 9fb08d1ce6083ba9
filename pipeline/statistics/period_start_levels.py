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
WHEN_COUNT = re.compile(
    r",\s+when\s+(?:(?:around|about|some|almost|nearly|more\s+than|just\s+(?:over|under)|"
    r"only|fewer\s+than|less\s+than)\s+)?£?\d[\d,.]*\b",
    re.I,
)
"""A clause opening on the level itself right after a "since" span (rule
``level_at_start_count``): "have risen by 40% since 2019, when 210 were reported",
"since 2018/19, when about 1,250 children were referred": the level of the span's first
year."""
_NAMED_MONTH = re.compile(rf"\b{MONTH}\b", re.I)
_SPLIT_YEAR = re.compile(r"\d{4}\s*[/–-]\s*\d{2,4}\b")
"""A financial year in the "since" phrase ("since 2018/19"): its level is that year's."""
_GAP = 2
"""How far the clause may start after the "since" phrase (characters): a comma and a space."""
SINCE_YEAR_GLOSS = re.compile(
    r",\s+(?:the|its|their|our)\s+(?:[a-z-]+\s+){0,3}?year\b[^,.;:()\d\n]{0,60}", re.I
)
"""Rule ``start_level_after_gloss``: an appositive naming what the "since" year was, between
the span and its ", when" clause ("since 2017/18, the first full year the offence was in
force, when 3,851 were recorded", "since 2020, the year the unit opened, when …"): the clause
still dates the span's first year. Not another aside ("since 2019, according to the council,
when …"), nor one holding a figure."""


def resolve_start_level(ctx: Context) -> Resolution:
    """The first month (or year) of the "since" span just before; not a period otherwise."""
    last = ctx.last
    if last is None or last.kind != "since":
        return NOT_A_PERIOD
    gap = ctx.match.start() - last.end_char
    if gap > _GAP and not SINCE_YEAR_GLOSS.fullmatch(
        ctx.match.string, last.end_char, ctx.match.start()
    ):
        return NOT_A_PERIOD
    phrase = ctx.match.string[last.start_char : last.end_char]
    start = last.start
    if _NAMED_MONTH.search(phrase):
        return Span(start, month_end(start.year, start.month))
    if _SPLIT_YEAR.search(phrase) and start.month == 4:
        return Span(start, dt.date(start.year + 1, 3, 31))
    return Span(dt.date(start.year, 1, 1), dt.date(start.year, 12, 31))


def resolve_start_count(ctx: Context) -> Resolution:
    """As :func:`resolve_start_level`, as the yardstick of the change before it (kind
    ``baseline``): "risen by 40% since 2019, when 210 were reported" keeps the 40% from
    2019 on; the 210 is 2019's."""
    found = resolve_start_level(ctx)
    return Span(found.start, found.end, "baseline") if isinstance(found, Span) else found


START_LEVEL_RULES: tuple[PeriodRule, ...] = (
    PeriodRule("level_at_start", WHEN_IT_HAD, resolve_start_level, (", when",)),
    PeriodRule("level_at_start_count", WHEN_COUNT, resolve_start_count, (", when",)),
)
"""The rule of a level at a "since" span's start, with its needs."""
