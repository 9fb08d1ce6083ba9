"""Rule ``of_the_figure``: "Of the 39, 37 …" dates its figures as the figure it restates.

A sentence opening on "Of the 612 deployments," speaks of the 612 just stated: its
figures take that figure's period, the one stated in the figure's own sentence (not a
comparison's yardstick after it), else the last period stated before.
"""

from __future__ import annotations

import bisect
import re

from pressfacts.findings import PeriodFinding
from pressfacts.statistics.period_rules import NOT_A_PERIOD, Context, Resolution, Span

FIGURE_REACH = 400
"""How far before "Of the 39," (characters) the figure and its period may stand."""
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_COMPARED_BETWEEN = re.compile(
    r"\b(?:compared\s+(?:with|to)|than|against|versus|(?:up|down)\s+(?:from|on)|from\s+£?\d)",
    re.I,
)
"""Words of a comparison between a figure and a period after it: the yardstick's period,
not the figure's ("612 times, up from 390 in 2022")."""
_OWN_KINDS = ("explicit", "relative", "same", "following", "since")
"""Kinds of a period stated with a figure that "Of the 612" may take."""


def resolve_of_the_figure(ctx: Context) -> Resolution:
    """ "Of the 39, 37 …": the period of the figure just stated (the figure and its
    period within :data:`FIGURE_REACH` before); otherwise no period phrase at all. The
    figure's own period is the one stated in its sentence (rule ``of_the_figure_own_period``:
    "deployed 612 times during the year, up from 390 in 2022/23. Of the 612 deployments,
    …": the year's, not the yardstick's after it); else the last stated before."""
    before = ctx.previous
    start = ctx.match.start()
    if before is None or start - before.end_char > FIGURE_REACH:
        return NOT_A_PERIOD
    text = ctx.match.string
    figure = ctx.group("n") or ""
    at = text.rfind(figure, max(0, before.start_char - FIGURE_REACH), start)
    if at < 0:
        return NOT_A_PERIOD
    own = _figure_own_period(ctx, at, start) or before
    return Span(own.start, own.end, "same", own.anchor)


def _figure_own_period(ctx: Context, at: int, start: int) -> PeriodFinding | None:
    """The period stated in the sentence of the figure at ``at``: the first after it with
    no comparison between (:data:`_COMPARED_BETWEEN`), else the last before it. The
    periods found (in text order) are searched by halves, not scanned from the start."""
    text, found = ctx.match.string, ctx.found
    floor = max(0, at - FIGURE_REACH)
    opening = max((m.end() for m in _SENTENCE_END.finditer(text, floor, at)), default=floor)
    first_after = bisect.bisect_right(found, at, key=_start_char)
    after = found[first_after] if first_after < len(found) else None
    if (
        after is not None
        and after.start_char < start
        and after.kind in _OWN_KINDS
        and not _SENTENCE_END.search(text, at, after.start_char)
        and not _COMPARED_BETWEEN.search(text, at, after.start_char)
    ):
        return after
    for index in range(first_after - 1, -1, -1):
        period = found[index]
        if period.start_char < opening:
            break
        if period.end_char <= at and period.kind in _OWN_KINDS:
            return period
    return None


def _start_char(period: PeriodFinding) -> int:
    return period.start_char
