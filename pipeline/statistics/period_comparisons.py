"""Which comparison a figure of a clause is measured against, or is not.

A clause may hold more than one comparison ("up 18% on the previous year and 36% above
the five-year mean"), and a level may follow a change's comparison ("212 arrests between
April and June, up 31% on the same period last year, and goods worth £41,300"). Two
named rules, both used by :func:`pressfacts.statistics.period_context.choose_period`:

- ``comparison-after``: a change is measured against the first comparison stated after
  it, else the last one before it (:func:`governing_comparison`);
- ``comparison-behind``: a figure that is no change and stands after a change's
  comparison covers the clause's own period, the one that comparison is anchored to
  (:func:`past_comparison`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pressfacts.findings import PeriodFinding

_LISTED = re.compile(r",|\band\b")
"""What lists a figure after a comparison: ", and recovered goods worth …"."""


def governing_comparison(comparisons: list[PeriodFinding], absolute: int) -> PeriodFinding | None:
    """Of a clause's comparisons, the one the change at ``absolute`` is measured
    against: the first stated after it ("18% on the previous year and 36% above the
    five-year mean": each its own), else the last before it."""
    after = [p for p in comparisons if p.start_char > absolute]
    if after:
        return after[0]
    return comparisons[-1] if comparisons else None


def past_comparison(
    sentence: str,
    s_start: int,
    absolute: int,
    nearest: PeriodFinding,
    periods: Sequence[PeriodFinding],
) -> PeriodFinding:
    """``comparison-behind``: a figure that is no change, listed after a change's
    comparison in its clause ("212 arrests between April and June, up 31% on the same
    period last year, and goods worth £41,300"), is about the clause's own period, the
    one the comparison is anchored to ("since January" too), not the comparison's earlier
    half. A figure the
    comparison names ("against the five-year average of 380") keeps it."""
    if nearest.anchor is None or nearest.end_char > absolute:
        return nearest
    if not _LISTED.search(sentence, nearest.end_char - s_start, absolute - s_start):
        return nearest
    own = [
        p
        for p in periods
        if p.end_char <= nearest.start_char
        and p.kind in ("explicit", "relative", "since")
        and (p.start, p.end) == nearest.anchor
    ]
    return own[-1] if own else nearest
