"""A bank holiday written with its date after it: the date stated is the day.

Rule ``bank_holiday_dated`` (added to :data:`pressfacts.statistics.period_holidays.
HOLIDAY_RULES`): "on the bank holiday Monday, 4 May", "over the bank holiday weekend, 25
August 2025", "on the spring bank holiday, 26 May": the day the text writes (of the year
stated, else the latest on or before P), not the latest bank holiday begun by P that the
unnamed ``bank_holiday`` reading would take ("on the bank holiday" alone is any of four
Mondays). With "weekend" and a Monday stated, from the Saturday to the Monday. Not "on the
bank holiday, 4 officers …" (no month after the number).
"""

from __future__ import annotations

import datetime as dt
import re

from pressfacts.lexicon.months import MONTH, month_number
from pressfacts.statistics.period_rules import YEAR, Context, PeriodRule, Resolution, Span

BANK_HOLIDAY_DATED = re.compile(
    r"\b(?:on|over|during|across|throughout|at)\s+the\s+(?:(?:early\s+may|may\s+day|late\s+"
    r"may|may|spring|whitsun|august|summer)\s+)?bank\s+holiday(?:\s+monday)?"
    r"(?P<weekend>\s+weekend)?\s*,?\s+(?:(?:on\s+)?(?:monday|saturday|sunday)\s*,?\s+)?"
    rf"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?\b",
    re.I,
)
"""A bank holiday after a preposition with a day and month after it ("on the bank holiday
Monday, 4 May", "over the August bank holiday weekend, 25 August 2025")."""


def resolve_bank_holiday_dated(ctx: Context) -> Resolution:
    """The day stated, of the year stated, else the latest such day on or before P; with
    "weekend" and a Monday, from the Saturday before it."""
    month, stated = month_number(ctx.group("m") or ""), int(ctx.group("y") or 0)
    published = ctx.published
    year = stated or (published.year if published else 0)
    if not year:
        return None
    try:
        day = dt.date(year, month, int(ctx.group("d") or 0))
        if not stated and published is not None and day > published:
            day = day.replace(year=year - 1)
    except ValueError:
        return None
    start = day - dt.timedelta(days=2) if ctx.group("weekend") and day.weekday() == 0 else day
    return Span(start, day)


DATED_HOLIDAY_RULES: tuple[PeriodRule, ...] = (
    PeriodRule(
        "bank_holiday_dated",
        BANK_HOLIDAY_DATED,
        resolve_bank_holiday_dated,
        needs=("bank holiday",),
    ),
)
"""The rule of this module, with its needs (``period_holidays`` adds it)."""
