"""A change or count "since" a named day runs from that day to the publication date.

"Thefts have risen 12% since March 5", "since 14 February", "since 1st April 2023":
without this rule the day is read as a single day (:data:`pressfacts.statistics.
single_dates.DAY_DATE`) and the figure would cover that day alone. :data:`SINCE_DAY` is
the period rule ``since_day`` of :data:`pressfacts.statistics.period_table.PERIOD_RULES`;
as "since 2021" runs from 2021-01-01 to P, "since March 5" runs from the latest 5 March
not after P to P. Not "since March" (``since_month``: the month's first day), nor "since
2021" (``since``).

:data:`SINCE_START_RULES` read "since" the start of a named operation, scheme or campaign
in a month: "since the start of Operation Nightjar in May", "since launching the scheme
in October": from the month's first day (the latest such month not after P) to P, as
"since May" (the month alone would otherwise be read as the whole month).
"""

from __future__ import annotations

import re

from pressfacts.lexicon.months import MONTH
from pressfacts.statistics.period_rules import (
    Context,
    PeriodRule,
    Resolution,
    Span,
    resolve_since_month,
)
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


_START_NOUNS = r"(?:start|launch|beginning|introduction|roll-?out)"
"""What starts: "since the start of", "since the launch of"."""
_START_VERBS = r"(?:launching|starting|beginning|introducing|opening|setting\s+up|rolling\s+out)"
"""A start as a participle: "since launching", "since setting up"."""

SINCE_START = re.compile(
    rf"\bsince\s+(?:the\s+{_START_NOUNS}\s+of|{_START_VERBS})\s+[\w\s’'-]{{1,60}}?"
    rf"\bin\s+(?P<m>{MONTH})(?!\w|\.?\s*\d)",
    re.I,
)
""""since" the start of a named thing in a month: "since the start of Operation Nightjar
in May", "since launching the scheme in October"."""

SINCE_START_RULES: tuple[PeriodRule, ...] = (
    PeriodRule(
        "since_start_month",
        SINCE_START,
        resolve_since_month,
        (
            "since the",
            "since launching",
            "since starting",
            "since beginning",
            "since introducing",
            "since opening",
            "since setting",
            "since rolling",
        ),
    ),
)
"""The start of a named thing in a month, "since" it: from that month to P (rule
``since_start_month``); not "since the start of the year" (``so_far``), nor "since the
start of May" (no thing named: ``since_month`` reads the month)."""
