"""A list line's count in bare brackets, under a lead that says whose it is.

"Burglaries by district (year to September 2026, with the year before in brackets):" then
"• Norwich: 1,102 (1,290)": the bracketed 1,290 is the count of the year before, not of
the lead's span that the line's first count takes. Rule ``bracketed_year_named``: a
count in brackets right after a count on its line, under a lead (within the list's reach
above) naming the brackets' time ("the year before", "the previous year", "last year's",
"a year earlier" or a year, "2024/25 in brackets"), takes that time: the line's span a
year earlier, or the year named. A bracket with words of its own ("(up 4%)", "(2023/24:
1,102)") is read by the other rules.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from pressfacts.findings import PeriodFinding
from pressfacts.statistics.period_rules import shifted

_BARE_BRACKET = re.compile(r"[\d,.]+%?[ \t]*\([ \t]*$")
"""Before the figure: the line's first count and the opening bracket ("1,102 (")."""
_CLOSES = re.compile(r"[\d,.]*%?[ \t]*\)[ \t]*(?:[,;.]|$)", re.M)
"""From the figure: its closing bracket ending the item."""
BRACKETS_NAMED = re.compile(
    r"(?:(?P<before>the\s+year\s+before|the\s+previous\s+(?:year|12\s+months)|"
    r"last\s+year['’]?s?(?:\s+figures?)?|a\s+year\s+earlier)|"
    r"(?P<y>(?:19|20)\d\d)(?P<fy>[/–-]\d\d)?(?:\s+figures?)?)\s+(?:shown\s+)?in\s+"
    r"(?:brackets|parenthes[ie]s)",
    re.I,
)
"""The lead's note naming the brackets' time: "with the year before in brackets",
"2024/25 figures in brackets"."""
_REACH = 800
"""How far above the figure (characters) the lead's note may stand."""
_ITEM_REACH = 40
"""How far before the figure (characters) its line's first count and bracket are read."""


def bracketed_year_named(text: str, at: int, period: PeriodFinding | None) -> PeriodFinding | None:
    """``period`` of the figure at ``at`` of ``text``, or the time the list's lead names
    for its bracketed counts (rule ``bracketed_year_named``)."""
    if (
        period is None
        or not _BARE_BRACKET.search(text, max(0, at - _ITEM_REACH), at)
        or not _CLOSES.match(text, at)
    ):
        return period
    line_start = text.rfind("\n", max(0, at - _REACH), at) + 1
    notes = list(BRACKETS_NAMED.finditer(text, max(0, at - _REACH), line_start))
    if not notes:
        return period
    note = notes[-1]
    if note.group("before"):
        start, end = shifted(period.start, period.end, -1)
        return replace(period, start=start, end=end, kind="previous")
    year = int(note.group("y"))
    if note.group("fy"):
        return replace(period, start=dt.date(year, 4, 1), end=dt.date(year + 1, 3, 31))
    return replace(period, start=dt.date(year, 1, 1), end=dt.date(year, 12, 31))
