"""A week named by its dates: "the week of 9 to 15 November", "the week of 3-9 June 2024",
"the week beginning 14 October", "the week commencing Monday 2 December".

A named rule of :data:`pressfacts.statistics.period_table.PERIOD_RULES` (through
:mod:`pressfacts.statistics.period_own_needs`):

- ``week_of_days``: "the week of" and a day range of one month: those days, placed in a
  year as any day range without a year is (:func:`pressfacts.statistics.period_ranges.
  resolve_shared_month_range`).
- ``week_of_months``: the same across two months ("the week of 28 September to 4
  October"), placed as a day range is (``resolve_day_range``).
- ``week_beginning``: "the week beginning/commencing/starting" a day: seven days from it,
  the day placed as a single day is. Not "the week ending 8 March" (a snapshot's end, not
  read here), nor "the week of action" (no date).
- ``the_week_as_subject``: a sentence whose subject is the week stated before and whose
  verb tells what it brought ("The week also saw 12 people charged", "The week of action
  resulted in 31 arrests"): that week, as "during the week" is (``the_week``). Not "The
  week before, …", "The week ahead will see …" (no such verb right after), nor "the week"
  inside a sentence ("Officers said the week saw …": only a sentence's opening subject).
"""

from __future__ import annotations

import datetime as dt
import re

from pressfacts.lexicon.months import MONTH
from pressfacts.statistics.period_ranges import (
    WEEKDAY,
    day_month,
    resolve_day_range,
    resolve_shared_month_range,
)
from pressfacts.statistics.period_rules import (
    ORDINAL,
    YEAR,
    Context,
    PeriodRule,
    Resolution,
    Span,
    resolve_the_week,
)
from pressfacts.statistics.single_dates import DAY_DATE

_IN = r"(?:(?:during|over|in|throughout)\s+)?"
"""The preposition before the week, taken so the phrase outruns "during the week" (rule
``the_week``, which reads a week stated before)."""

WEEK_OF_DAYS = re.compile(
    rf"\b{_IN}(?:the\s+)?week\s+of\s+{WEEKDAY}(?P<d1>\d{{1,2}}){ORDINAL}\s*(?:to|until|[-–])\s*"
    rf"{WEEKDAY}(?P<d2>\d{{1,2}}){ORDINAL}\s+(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?\b",
    re.I,
)
""""the week of 9 to 15 November", "week of 3-9 June 2024"; not "the week of action"."""

WEEK_OF_MONTHS = re.compile(
    rf"\b{_IN}(?:the\s+)?week\s+of\s+{day_month(1)},?\s*(?P<y1>{YEAR})?\s*(?:to|until|[-–])\s*"
    rf"{day_month(2)},?\s*(?P<y2>{YEAR})?",
    re.I,
)
""""the week of 28 September to 4 October", "the week of 30 Dec-5 Jan": across months."""

WEEK_BEGINNING = re.compile(
    rf"\b{_IN}(?:the\s+)?week\s+(?:beginning|commencing|starting)\s+(?:on\s+)?" + DAY_DATE.pattern,
    re.I,
)
""""the week beginning 14 October", "week commencing Monday 2 December 2024"."""

_WEEK_DAYS = 6
"""Days after a week's first day to its last."""


def resolve_week_beginning(ctx: Context) -> Resolution:
    """Seven days from the named day (its year as a single day's is placed); undated when
    the day cannot be placed."""
    day = ctx.days.read(ctx.match, ctx.reference)
    if day is None:
        return None
    return Span(day, day + dt.timedelta(days=_WEEK_DAYS))


THE_WEEK_AS_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s[\"“‘']))\bthe\s+(?:same\s+)?week"
    r"(?:\s+of\s+(?:[\w-]+\s+)?(?:action|intensification|enforcement))?"
    r"(?=,?\s+(?:also\s+|then\s+)?(?:saw|resulted\s+in|led\s+to|brought|produced|yielded)\b)",
    re.I | re.M,
)
"""Rule ``the_week_as_subject``: "The week also saw", "The week of action resulted in", at
the opening of a sentence (of a paragraph, or after a full stop)."""


THE_WEEK_RULES = frozenset({"the_week", "the_week_as_subject"})
"""The rules of a week stated elsewhere ("during the week", "The week also saw"): undated
where they stand, they take the one week-long span the text states (rule
``week_points_back`` of :func:`pressfacts.statistics.periods.find_period_phrases`)."""


WEEK_OF_RULES: tuple[PeriodRule, ...] = (
    PeriodRule("week_of_days", WEEK_OF_DAYS, resolve_shared_month_range, ("week of",)),
    PeriodRule("week_of_months", WEEK_OF_MONTHS, resolve_day_range, ("week of",)),
    PeriodRule(
        "week_beginning",
        WEEK_BEGINNING,
        resolve_week_beginning,
        ("week beginning", "week commencing", "week starting"),
    ),
    PeriodRule("the_week_as_subject", THE_WEEK_AS_SUBJECT, resolve_the_week, ("week",)),
)
"""A week named by its dates (the period table adds them)."""
