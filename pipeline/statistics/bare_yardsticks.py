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
before already dated (its kind is ``previous`` or ``baseline``, or its span is no longer
that of the count before it), nor one whose period leans on one stated before (kind
``same``: "over the same 12 months, up from 198", where which twelve months is unsure).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pressfacts.findings import PeriodFinding, StatisticFinding
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
DATED_KINDS = frozenset({"previous", "baseline", "same"})
"""Kinds of period a comparison before the count gave it: the earlier half, already dated."""


_STOP = re.compile(r"[.!?](?=\s|$)")
"""A sentence's end, which no count and its yardstick stand across."""


def dated_bare_yardsticks(
    text: str, findings: Sequence[StatisticFinding]
) -> list[StatisticFinding]:
    """``findings`` (in any order), each bare yardstick dated the same span a year before
    the count before it in its sentence (rule ``bare_yardstick_year_before``); read last,
    on the periods every other rule has settled."""
    ordered = sorted(findings, key=lambda f: f.start)
    dated: dict[int, StatisticFinding] = {}
    for index, finding in enumerate(ordered):
        compared = next((f for f in reversed(ordered[:index]) if f.unit == finding.unit), None)
        if compared is None or _STOP.search(text, compared.end, finding.start):
            continue
        period = _year_before(text, finding, compared.period)
        if period is not finding.period:
            dated[id(finding)] = replace(finding, period=period)
    return [dated.get(id(f), f) for f in findings]


def _year_before(
    text: str, finding: StatisticFinding, compared: PeriodFinding | None
) -> PeriodFinding | None:
    """The finding's period, a year earlier when it is a bare yardstick whose span is still
    the compared count's (``compared``), at least :data:`MIN_SPAN_DAYS` long."""
    period = finding.period
    if (
        period is None
        or compared is None
        or (period.start, period.end) != (compared.start, compared.end)
        or period.kind in DATED_KINDS
        or (period.end - period.start).days + 1 < MIN_SPAN_DAYS
        or not BARE_YARDSTICK_BEFORE.search(text, max(0, finding.start - 60), finding.start)
        or not BARE_YARDSTICK_AFTER.match(text, finding.end)
    ):
        return period
    start, end = shifted(period.start, period.end, -1)
    return replace(period, start=start, end=end, kind="previous", anchor=(period.start, period.end))
