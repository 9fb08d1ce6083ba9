"""A week of action (an operation, a crackdown) said to have ended on a weekday with no
date: "during a week of action that ended on Sunday", "in a week-long operation which
finished on Friday", "a seven-day crackdown that ended yesterday", "the week of action,
which ran until Sunday".

A named rule of :data:`pressfacts.statistics.period_table.PERIOD_RULES` (through
:mod:`pressfacts.statistics.period_own_needs`):

- ``week_ended_weekday``: the seven days up to and including that weekday, the latest
  such day on or before P ("yesterday": the day before P). Read alone, the weekday was
  left undated (a past "on Sunday" names no span) and the week had no date at all. Not a
  week said to end on a dated day ("ended on Sunday 11 October": the day rules'), nor one
  that ends to come ("will end on Sunday", "ends on Sunday": no past form of ending), nor a
  span of another length ("a fortnight of action that ended on Sunday").
- ``span_ended_weekday``: an event of a stated length in weeks or days ("a two-week
  national surrender that ended on Sunday", "a 10-day crackdown which finished on Friday",
  "a fortnight-long amnesty"): that many days up to the weekday, found as above. Not a
  length with no event noun ("a two-week spell").
"""

from __future__ import annotations

import datetime as dt

from pressfacts.lexicon.months import MONTH, WEEKDAYS
from pressfacts.statistics.period_rules import Context, PeriodRule, Resolution, Span, compile_rule
from pressfacts.statistics.period_weeks import stated_days

_WEEK = (
    r"(?:week(?:\s+of\s+(?:[\w-]+\s+){0,2}?(?:action|enforcement|intensification|activity))?|"
    r"(?:week-long|seven-day)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:operation|crackdown|campaign|blitz|initiative|week\s+of\s+action))"
)
"""A week of work: "week of action", "week of intensive action", "week-long operation",
"seven-day county lines crackdown", a bare "week"."""

_ENDED = (
    r"\s*,?\s+(?:that|which)\s+"
    r"(?:ended|finished|concluded|closed|came\s+to\s+an\s+end|ran\s+(?:until|till|to))\s+"
    r"(?:on\s+)?"
    r"(?:(?P<d>" + "|".join(WEEKDAYS) + r")|(?P<yesterday>yesterday))\b"
    rf"(?!['’]|\s*,?\s*(?:the\s+)?\d|\s*,?\s*{MONTH}\b)"
)
"""The past end of a span on a weekday with no date: "that ended on Sunday", "which
finished yesterday"; not "ended on Sunday 11 October" (dated), "ended on Sunday's" (a
possessive)."""
_WHERE_HELD = r"(?:\s+(?:at|in|on|across|around|along|throughout)\s+[^,.;:!?\n]{1,80}?)?"
"""Where the event was held, between its noun and its end (rule ``event_place_ended``): "a
two-week operation at stations on the Elizabeth line, which ended on Friday"; no stop nor
comma inside it."""
_ENDED_NEEDS = ("ended", "finished", "concluded", "closed", "came to an end", "ran ")
"""What every match of :data:`_ENDED` holds (the rules' ``needs``)."""

WEEK_MODIFIERS = (
    r"(?:(?:(?:national|nationwide|regional|annual|latest|county-wide|force-wide|"
    r"(?-i:[A-Z])[\w’'-]*)\s+){1,3}?(?=week\s+of\b))?"
)
"""Words naming a week of action between its determiner and "week of" (rule
``named_week_ended``): "the national Operation Sceptre week of action", "this year's
regional week of action"; lower-case words only of :data:`WEEK_MODIFIERS`' list, so "the
busiest week, which ended …" and "a quiet week of action" keep to the rule as it was."""
WEEK_ENDED = (
    r"\b(?:(?:during|in|over|throughout|across)\s+)?(?:a|an|the|this|last\s+week['’]s|"
    r"this\s+year['’]s)\s+" + WEEK_MODIFIERS + _WEEK + _WHERE_HELD + _ENDED
)
"""The week and its end: "a week of action that ended on Sunday", "this year's national
Operation Sceptre week of action, which ended on Sunday", the preposition before it
taken, so that "during a week of action" alone (an undated event) is not read first."""

SPAN_ENDED = (
    r"\b(?:(?:during|in|over|throughout|across)\s+)?(?:a|an|the|this)\s+"
    r"(?:(?P<n>\d{1,2}|two|three|four|five|six|eight|ten|fourteen)-(?P<unit>week|day)|"
    r"(?P<fortnight>fortnight))(?:-long)?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:surrender|amnesty|operation|crackdown|campaign|blitz|initiative)" + _WHERE_HELD + _ENDED
)
"""An event of a stated length in weeks or days and its end: "a two-week national
surrender that ended on Sunday", "a 10-day crackdown which finished on Friday", "a
fortnight-long amnesty that ended yesterday"; not a bare "fortnight of action" (no event
noun), nor one that ends to come ("ends on Sunday")."""


def _last_day(ctx: Context, published: dt.date) -> dt.date:
    """The weekday named, the latest on or before P, or the day before P ("yesterday")."""
    if ctx.group("yesterday"):
        return published - dt.timedelta(days=1)
    weekday = WEEKDAYS.index((ctx.group("d") or "").lower())
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


def resolve_week_ended(ctx: Context) -> Resolution:
    """Seven days up to the weekday named (the latest on or before P) or up to the day
    before P ("yesterday"); undated without P."""
    published = ctx.published
    if published is None:
        return None
    end = _last_day(ctx, published)
    return Span(end - dt.timedelta(days=6), end, "relative")


def resolve_span_ended(ctx: Context) -> Resolution:
    """The stated number of weeks or days up to the weekday named (as in
    :func:`resolve_week_ended`); undated without P."""
    published = ctx.published
    if published is None:
        return None
    days = stated_days(ctx)
    if not 1 <= days <= 92:
        return None
    end = _last_day(ctx, published)
    return Span(end - dt.timedelta(days=days - 1), end, "relative")


WEEK_ENDED_RULES: tuple[PeriodRule, ...] = (
    PeriodRule(
        "week_ended_weekday",
        compile_rule(WEEK_ENDED, "adilot"),
        resolve_week_ended,
        needs=_ENDED_NEEDS,
    ),
    PeriodRule(
        "span_ended_weekday",
        compile_rule(SPAN_ENDED, "adilot"),
        resolve_span_ended,
        needs=_ENDED_NEEDS,
    ),
)
"""The period rules of a week of action, or an event of a stated length in weeks or
days, that ended on a weekday."""
