"""A month named as the one before another: "from 6.1 per cent the previous December", "down
from 40 in the preceding March".

The rule ``previous_month_named`` reads such a month as the same month a year before the
month of that name the text speaks of: the period stated just before when it is that month
("42 in March 2025, up from 31 the previous March": March 2024), else the latest such month
begun by P ("rose to 7.4 per cent in the festive operation, from 6.1 per cent the previous
December", P in January 2027: December 2025). Not "the previous month" (no month named:
``following``'s), "the previous December's total" (a possessive, read with its figure),
"the previous March 2024" (a year: the month-year rules'), "the previous may" (the verb).
"""

from __future__ import annotations

import datetime as dt
import re

from pressfacts.lexicon.months import MONTH, month_number
from pressfacts.statistics.period_rules import (
    Context,
    PeriodRule,
    Resolution,
    Span,
    latest_month,
    month_end,
)

PREVIOUS_MONTH_NAMED = re.compile(
    rf"\b(?:(?:in|during|over|throughout)\s+)?the\s+(?:previous|preceding|prior)\s+"
    rf"(?!(?-i:may)\b)(?P<m>{MONTH})(?!\w|\.\w|['’]|\s*\d)",
    re.I,
)
"""A month after "the previous/preceding/prior", with no day, year or possessive after it."""


def resolve_previous_month_named(ctx: Context) -> Resolution:
    """The month named, a year before the one stated just before (when that is a month of
    the same name) or before the latest such month begun by P; None with P's month unknown."""
    number = month_number(ctx.group("m") or "")
    stated = ctx.previous
    if stated is not None and _is_whole_month(stated.start, stated.end, number):
        first = dt.date(stated.start.year - 1, number, 1)
    elif ctx.month is not None:
        latest = latest_month(ctx.group("m") or "", ctx.month, False)
        first = latest.replace(year=latest.year - 1)
    else:
        return None
    return Span(first, month_end(first.year, first.month), "previous")


def _is_whole_month(start: dt.date, end: dt.date, number: int) -> bool:
    """Whether ``start``..``end`` is the whole month ``number`` of one year."""
    return (start.month, start.day) == (number, 1) and end == month_end(start.year, number)


PREVIOUS_MONTH_RULES: tuple[PeriodRule, ...] = (
    PeriodRule(
        "previous_month_named",
        PREVIOUS_MONTH_NAMED,
        resolve_previous_month_named,
        ("previous", "preceding", "prior"),
    ),
)
"""The rule ``previous_month_named``: see the module docstring."""
