"""A count of what someone has done since joining a body: from the month they joined to P.

Rule ``joined_then_so_far`` (a named rule of
:data:`pressfacts.statistics.period_table.PERIOD_RULES`, through
:mod:`pressfacts.statistics.period_own_needs`): "Rocco, who joined the force last October,
has helped to catch 31 suspects", "PC Lee, who joined Essex Police's Dog Section in May
2024, has made 60 arrests": the joining dates the start of the tally the present perfect
right after it counts, as "since joining" would (``since_event``), and the span runs to P.
"last October" is the October before P's month (in October, a year before). Not "Ms Reid,
who joined the force in May, said officers have made 40 arrests" (a verb of saying between:
the tally is not hers), nor "joined the force in May and made 12 arrests" (the simple past:
no tally to P).
"""

from __future__ import annotations

import datetime as dt
import re

from pressfacts.lexicon.months import MONTH, month_number
from pressfacts.statistics.period_rules import (
    YEAR,
    Context,
    PeriodRule,
    Resolution,
    Span,
    latest_month,
)

_BODY = (
    r"(?:\s+(?:the|its|their|our)\s+[\w-]+(?:\s+[\w-]+)?|"
    r"\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,4})?"
)
"""What was joined: "the force", "the team", "Essex Police's Dog Section" (or nothing)."""
_WHEN = (
    rf"(?:in\s+(?:(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?|(?P<y2>{YEAR}))|"
    rf"(?P<last>last)\s+(?P<lm>{MONTH}))(?!\w|\.?\s*\d)"
)
"""When: "in May", "in May 2024", "in 2023", "last October"."""
_TALLY_AFTER = (
    r"(?=,?\s+(?:and\s+)?(?:has|have)\s+(?:already\s+|so\s+far\s+|since\s+|now\s+)?"
    r"(?:been\s+)?[a-z]+(?:ed|en|ught|ade|ound|een|one)\b)"
)
"""The present perfect right after the joining ("…, has helped", "and has made")."""

JOINED_THEN_SO_FAR = re.compile(rf"\bjoined{_BODY}\s+{_WHEN}{_TALLY_AFTER}", re.I)
"""Rule ``joined_then_so_far``: a joining in a month or year, then the tally since."""


def resolve_joined(ctx: Context) -> Resolution:
    """From the first day of the month (or year) joined to P; undated without P."""
    published = ctx.published
    if published is None:
        return None
    if ctx.group("y2"):
        return Span(dt.date(int(ctx.group("y2") or 0), 1, 1), published, "since")
    if ctx.group("y"):
        start = dt.date(int(ctx.group("y") or 0), month_number(ctx.group("m") or ""), 1)
    else:  # "last October" in October: the October before P's
        word = ctx.group("m") or ctx.group("lm") or ""
        start = latest_month(word, published, bool(ctx.group("last")))
    return None if start > published else Span(start, published, "since")


JOINED_RULES: tuple[PeriodRule, ...] = (
    PeriodRule("joined_then_so_far", JOINED_THEN_SO_FAR, resolve_joined, ("joined",)),
)
"""The rule of this module (the period table adds it)."""
