"""A yardstick level stated with no period of its own is the same span a year earlier.

"Officers recorded 4,005 offences in the 12 months to June 2026, down from 4,380": the
4,380 is the level the 4,005 is compared with, so it cannot cover the same twelve months;
a release that leaves the earlier span unsaid compares with the same span a year before
(the golds' reading wherever a release states it: "over the same weeks a year earlier",
"on 2024"). Rule ``bare_yardstick_year_before``: a count right after "up from" or "down
from" that ends its clause, whose period is the later figure's (no comparison before it
marked it as the earlier half) and spans at least a quarter, takes that span shifted back
one year. Not a month or a day ("in March, down from 52" may be February's), nor a count
with a period of its own after it ("down from 4,380 in 2023"), nor one a comparison
before already dated (its kind is ``previous`` or ``baseline``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pressfacts.findings import PeriodFinding
from pressfacts.statistics.period_rules import shifted

BARE_YARDSTICK_BEFORE = re.compile(
    r"(?:,\s*|\s)(?:up|down)\s+from\s+(?:(?:around|about|some|nearly|almost|just\s+over|"
    r"just\s+under|more\s+than|over)\s+)?£?$",
    re.I,
)
"""Right before the count: ", down from ", ", up from around £"."""
BARE_YARDSTICK_AFTER = re.compile(r"\s*(?:[a-z]+\s*)?(?:[.;!?]|,\s|$)")
"""Right after the count: the end of its clause, a noun at most between ("down from 258
offences.", "up from 31, while …"); not "down from 4,380 in 2023" (a period of its own)."""
MIN_SPAN_DAYS = 80
"""The shortest span the rule shifts: a quarter (a month's or a day's yardstick may be the
month or day before)."""
DATED_KINDS = frozenset({"previous", "baseline"})
"""Kinds of period a comparison before the count gave it: the earlier half, already dated."""


def bare_yardstick_period(
    before: str, after: str, period: PeriodFinding | None
) -> PeriodFinding | None:
    """The period of a count between ``before`` and ``after`` (its sentence's words): the
    same span a year earlier for a bare yardstick (rule ``bare_yardstick_year_before``),
    else ``period`` unchanged."""
    if (
        period is None
        or period.kind in DATED_KINDS
        or (period.end - period.start).days + 1 < MIN_SPAN_DAYS
        or not BARE_YARDSTICK_BEFORE.search(before)
        or not BARE_YARDSTICK_AFTER.match(after)
    ):
        return period
    start, end = shifted(period.start, period.end, -1)
    return replace(period, start=start, end=end, kind="previous", anchor=(period.start, period.end))
