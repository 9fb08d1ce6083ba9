"""Spans counted on from another: "the following six months", "the previous three-month
period" (from the period stated before), and "the next two years" (from the day of writing).

Rule ``following`` of :data:`pressfacts.statistics.period_table.PERIOD_RULES` resolves
with :func:`resolve_following`. Counted on from a period stated before, a span that runs
past P is a pledge or forecast and dates nothing (:func:`not_future`), but "next" speaks
from the day of writing: "has committed £640,000 over the next two years" (published in
March 2026) is April 2026 to March 2028 (rule ``next_from_publication``). "The previous
12 months" after a count held at a point in time ("on 31 March 2025", "at the end of
September 2025") run up to that point (rule ``previous_to_point``).
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from pressfacts.lexicon.number_words import count_value
from pressfacts.statistics.period_rules import (
    Context,
    Resolution,
    Span,
    month_start,
    months_before,
    previous_span,
    whole_months_after,
)

PLANNED = re.compile(
    r"\b(?:will|would|shall|aims?|aiming|plans?|planned|expects?|expected|hopes?|intends?|"
    r"pledged?|committed|(?:is|are)\s+to|set\s+to|due\s+to)\b",
    re.I,
)
"""Words of a plan or pledge before "the next …" in its sentence: the span is to come,
counted from P, even after a past period stated before ("In 2024, officers recorded 310
crimes. The charity aims to reach 500 victims over the next 12 months")."""
_END_OF = re.compile(
    r"(?:(?:at|by)\s+)?the\s+end\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])|(?:19|20)\d\d)", re.I
)
"""A period stated as the end of a month or year ("at the end of March 2026", "by the end
of 2025"): a point in time, its span's last day (:func:`point_before`)."""
_SENTENCE_EDGE = re.compile(r"[.!?]\s|\n")
_SPAN_LEAD = re.compile(r"\b(?:over|in|during|for|across|throughout)\s+$", re.I)
"""The words before "the next …" that make it the span a figure covers ("£1.2m over the
next two years", "500 victims in the next 12 months"); not "within the next two years"
(a horizon: "intend to leave within the next two years" dates no figure)."""


def resolve_following(ctx: Context) -> Resolution:
    """ "the following six months", "the previous three-month period": counted from the
    period stated before; "the next two years" with none before, or where counting from it
    would run past P, counted from P (:func:`next_from_publication`)."""
    before = previous_span(ctx)
    if before is None or _planned(ctx):
        return next_from_publication(ctx)
    n = count_value(ctx.group("n") or "")
    unit = (ctx.group("unit") or "month").lower()
    earlier = (ctx.group("which") or "").lower() in (
        "previous",
        "preceding",
        "prior",
        "before",
        "earlier",
    )
    if unit == "week":
        days = dt.timedelta(days=7 * n)
        if earlier:
            return Span(before[0] - days, before[0] - dt.timedelta(days=1), "previous", before)
        following = Span(before[1] + dt.timedelta(days=1), before[1] + days, "following", before)
        return not_future(ctx, following) or next_from_publication(ctx)
    months = n * (12 if unit == "year" else 1)
    point = point_before(ctx) if earlier else None
    if point is not None:  # rule ``previous_to_point``: the months up to that day
        start = point + dt.timedelta(days=1) - relativedelta(months=months)
        return Span(start, point, "previous", before)
    if earlier:
        start = months_before(before[0], months)
        return Span(start, month_start(before[0]) - dt.timedelta(days=1), "previous", before)
    start, end = whole_months_after(before[1], months)
    return not_future(ctx, Span(start, end, "following", before)) or next_from_publication(ctx)


def point_before(ctx: Context) -> dt.date | None:
    """Rule ``previous_to_point``: the day the period stated before is a point in time
    at, when it is one: a count held on a day ("had 3,100 officers on 31 March 2026", a
    ``snapshot``) or at a month's end ("employed 147,400 officers at the end of March
    2026"). "The previous 12 months" after it are the 12 months up to that day (April
    2025 to March 2026), as "the 12 months to 31 March 2026" are, not the 12 whole months
    before its month. Not a day an event happened ("seized 40 knives on Saturday"), nor
    a month ("in March 2026": the months before it)."""
    previous = ctx.previous
    if previous is None:
        return None
    if previous.kind == "snapshot" and previous.start == previous.end:
        return previous.end
    text = ctx.match.string
    if _END_OF.match(text, previous.start_char, previous.end_char):
        return previous.end
    return None


def next_from_publication(ctx: Context) -> Span | None:
    """Rule ``next_from_publication``: "over the next two years", "in the next 12 months"
    speak from the day of writing: the N whole months after P's month (weeks: the days
    after P), after "over", "in" or "during" (:data:`_SPAN_LEAD`). Only "next" does ("the
    following six months" counts from a period stated before, and alone dates nothing),
    and only where no span stated before is counted on without running past P ("In 2019 …
    over the next two years it doubled": 2020-2021) or after a plan's words."""
    if (ctx.group("which") or "").lower() != "next" or ctx.month is None:
        return None
    if not _SPAN_LEAD.search(ctx.match.string, max(0, ctx.match.start() - 12), ctx.match.start()):
        return None  # "intend to leave within the next two years": a horizon, no span
    n = count_value(ctx.group("n") or "")
    unit = (ctx.group("unit") or "month").lower()
    if unit == "week":
        if ctx.published is None:
            return None
        return Span(ctx.published + dt.timedelta(days=1), ctx.published + dt.timedelta(days=7 * n))
    start, end = whole_months_after(ctx.month, n * (12 if unit == "year" else 1))
    return Span(start, end, "relative")


def not_future(ctx: Context, span: Span) -> Span | None:
    """A span that runs past P ("over the next two years", "within the next 12 months"
    after "in 2024") is a pledge or forecast: unresolved, never a later calendar span."""
    if ctx.latest is not None and span.end > ctx.latest:
        return None
    return span


def _planned(ctx: Context) -> bool:
    """Whether "next …" follows a plan's words in its sentence (:data:`PLANNED`)."""
    if (ctx.group("which") or "").lower() != "next":
        return False
    text, start = ctx.match.string, ctx.match.start()
    edges = list(_SENTENCE_EDGE.finditer(text, max(0, start - 200), start))
    return (
        PLANNED.search(text, edges[-1].end() if edges else max(0, start - 200), start) is not None
    )
