"""A span from the release's own day to a named end: "from today until the end of May",
"from now to 30 September", "between now and the end of January", "the operation runs until
the end of February".

A plan counted "from today until the end of May" (leads handed out, patrols run) covers P
to the end it names: the month's last day, or the day named, the next such end not before
P (no year written); "for the rest of this year", "over the remainder of the year" covers P
to 31 December of P's year; a run to come "until Friday 30 October" (rule `runs_until_day`)
and a plan's end after "before" in a clause of the future ("will be held before the end of
October", rule `plan_end_before`) cover P to that end. Without P it is undated. Not "until
the end of May" alone (how long something lasts, with no start stated), nor "from 3 May
until …" (a range: :mod:`pressfacts.statistics.period_ranges`).
"""

from __future__ import annotations

import datetime as dt
import re

from pressfacts.lexicon.months import MONTH, month_number
from pressfacts.statistics.period_ranges import WEEKDAY
from pressfacts.statistics.period_rules import (
    Context,
    PeriodRule,
    Resolution,
    Span,
    month_end,
)
from pressfacts.statistics.period_superlatives import resolve_no_period

_FROM_NOW = r"\bfrom\s+(?:today|now)\s+(?:until|till|to)\s+"
"""The opening: "from today until", "from now to"."""
_BETWEEN_NOW = r"\bbetween\s+(?:today|now)\s+and\s+"
"""The opening of the same span worded as a range: "between now and", "between today and"."""
_MONTH_END = rf"the\s+end\s+of\s+(?P<m>{MONTH})(?!\w|\s*\d)"
"""The end of a month with no year: "the end of May"; not "the end of May 2027"."""
_DAY_NO_YEAR = (
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{MONTH})|"
    rf"(?P<m2>{MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)\b(?!\s*,?\s*\d{{4}})"
)
"""A day with no year written: "30 September", "June 14"."""
FROM_NOW_TO_MONTH_END = re.compile(_FROM_NOW + _MONTH_END, re.I)
""""from today until the end of May"."""
FROM_NOW_TO_DAY = re.compile(_FROM_NOW + _DAY_NO_YEAR, re.I)
""""from today until 30 September", "from now to June 14"."""
BETWEEN_NOW_AND_MONTH_END = re.compile(_BETWEEN_NOW + _MONTH_END, re.I)
""""between now and the end of January"; not "between now and 2030" (a year: no month end)."""
BETWEEN_NOW_AND_DAY = re.compile(_BETWEEN_NOW + _DAY_NO_YEAR, re.I)
""""between now and 31 March", "between today and March 31"."""
NOW_TO_DATED_END = re.compile(
    rf"(?:{_FROM_NOW}|{_BETWEEN_NOW})(?:the\s+end\s+of\s+)?"
    rf"(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+)?(?P<m>{MONTH})\s+(?P<y>\d{{4}})\b",
    re.I,
)
"""An end with its year written (rule `now_to_dated_end`): "between now and March 2028",
"from today until the end of June 2027", "between now and 31 March 2027": P to that month's
last day, or the day named; not "until March 2028" with no "now"/"today" (how long something
lasts: ``until_dated_end``), "between now and 2030" (a year alone), an end before P."""
_RUNS_UNTIL = (
    r"\b(?:runs|will\s+run|continues|will\s+continue|lasts|will\s+last|is\s+running)\s+"
    r"(?:until|till|to)\s+"
)
"""What runs now or is to run, up to its end: "runs until", "will continue to"."""
RUNS_UNTIL_MONTH_END = re.compile(_RUNS_UNTIL + _MONTH_END, re.I)
""""The operation runs until the end of February", "the campaign will continue to the end of
March": what runs now (present or future tense) runs from P to that end (rule
`runs_until_month_end`); not "ran until the end of May" (past: its start is not said) nor
"until the end of May" with no verb of running."""
UNTIL_DATED_END = re.compile(
    rf"\b(?:until|till)\s+(?:the\s+end\s+of\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?"
    rf"(?P<m>{MONTH})\s+(?P<y>\d{{4}})\b",
    re.I,
)
"""An end with its year and no start: "to run a refuge until March 2028", "in post until
the end of March 2027", "until 31 March 2026" (rule `until_dated_end`): how long something
lasts, no period of a figure; its words are taken so that the month is not read as one.
A span with a start ("from September until March 2027") is a range's, read first."""
RUNS_UNTIL_DAY = re.compile(_RUNS_UNTIL + WEEKDAY + _DAY_NO_YEAR, re.I)
""""The campaign will run until Friday 30 October", "the scheme runs until 12 November": what
runs now or is to run goes from P to that day (rule `runs_until_day`); not "ran until 30
October" (past: its start is not said)."""
PLAN_ENDS = (
    ("before", "by"),
    ("the campaign", "the scheme", "the operation", "the initiative", "the week", "term"),
)
"""The words of a plan's end that rule `plan_end_before` reads (lower case): the
prepositions before the end, and what ends ("before the end of term on 11 December", "before
the campaign ends on 30 October")."""
_PLAN_PREP = "|".join(PLAN_ENDS[0])
_PLAN_THING = "|".join(w.replace(" ", r"\s+") for w in PLAN_ENDS[1])
PLAN_END_BEFORE = re.compile(
    rf"\b(?:{_PLAN_PREP})\s+(?:the\s+end\s+of\s+(?:{_PLAN_THING})\s+on|"
    rf"(?:{_PLAN_THING})\s+(?:ends|closes|finishes)\s+on)\s+{WEEKDAY}{_DAY_NO_YEAR}"
    rf"|\b(?:{_PLAN_PREP})\s+{_MONTH_END}",
    re.I,
)
"""A plan's end after "before"/"by" (rule `plan_end_before`): "four more events will be held
before the end of October", "three marking days … before the end of term on 11 December",
"… before the campaign ends on 30 October": P to that end, only when the clause before it
speaks of the future ("will", "is to", "are due to"); not "was arrested before the end of
October" (past), nor "before 30 October" alone (a deadline, not a span)."""
_FUTURE_BEFORE = re.compile(r"\b(?:will|(?:is|are)\s+(?:due\s+)?to|plans?\s+to|shall)\b", re.I)
"""What makes the clause before a plan's end speak of the future."""
REST_OF_THE_YEAR = re.compile(
    r"\b(?:for|over|during|throughout|in)\s+the\s+(?:rest|remainder)\s+of\s+"
    rf"(?:this|the)\s+(?:calendar\s+)?year\b(?!\s+(?:(?:to|ending)\s+(?:{MONTH}|\d)|\d))",
    re.I,
)
""""for the rest of this year", "over the remainder of the year": P to P's year end; not
"the rest of the year to March" (a span of its own)."""


def _next_end(published: dt.date, month: int, day: int | None) -> dt.date | None:
    """The end named, in P's year, or the next year's when P's year's is before P."""
    for year in (published.year, published.year + 1):
        try:
            end = dt.date(year, month, day) if day else month_end(year, month)
        except ValueError:
            return None
        if end >= published:
            return end
    return None


def resolve_to_month_end(ctx: Context) -> Resolution:
    """P to the last day of the month named (the next not before P); undated without P."""
    published = ctx.published
    if published is None:
        return None
    end = _next_end(published, month_number(ctx.match.group("m")), None)
    return Span(published, end) if end else None


def resolve_to_day(ctx: Context) -> Resolution:
    """P to the day named (the next not before P); undated without P."""
    published = ctx.published
    if published is None:
        return None
    month = ctx.match.group("m1") or ctx.match.group("m2")
    day = int(ctx.match.group("d1") or ctx.match.group("d2"))
    end = _next_end(published, month_number(month), day)
    return Span(published, end) if end else None


def resolve_to_dated_end(ctx: Context) -> Resolution:
    """P to the dated end named (:data:`NOW_TO_DATED_END`); undated without P or when that
    end is before P."""
    published = ctx.published
    if published is None:
        return None
    year, month = int(ctx.match.group("y")), month_number(ctx.match.group("m"))
    day = ctx.match.group("d")
    try:
        end = dt.date(year, month, int(day)) if day else month_end(year, month)
    except ValueError:
        return None
    return Span(published, end) if end >= published else None


def resolve_plan_end(ctx: Context) -> Resolution:
    """P to the plan's end (:data:`PLAN_END_BEFORE`) when the sentence before it, up to 160
    characters back, speaks of the future; undated otherwise."""
    text, start = ctx.match.string, ctx.match.start()
    window = text[max(0, start - 160) : start]
    stop = max(window.rfind(". "), window.rfind("\n"), window.rfind("; "))
    if not _FUTURE_BEFORE.search(window[stop + 1 :]):
        return None
    if ctx.match.group("m"):
        return resolve_to_month_end(ctx)
    return resolve_to_day(ctx)


def resolve_rest_of_year(ctx: Context) -> Resolution:
    """P to 31 December of P's year; undated without P."""
    published = ctx.published
    if published is None:
        return None
    return Span(published, dt.date(published.year, 12, 31))


FROM_NOW_RULES: tuple[PeriodRule, ...] = (
    PeriodRule(
        "from_now_to_month_end",
        FROM_NOW_TO_MONTH_END,
        resolve_to_month_end,
        ("from today", "from now"),
    ),
    PeriodRule("from_now_to_day", FROM_NOW_TO_DAY, resolve_to_day, ("from today", "from now")),
    PeriodRule(
        "between_now_and_month_end",
        BETWEEN_NOW_AND_MONTH_END,
        resolve_to_month_end,
        ("between now", "between today"),
    ),
    PeriodRule(
        "between_now_and_day",
        BETWEEN_NOW_AND_DAY,
        resolve_to_day,
        ("between now", "between today"),
    ),
    PeriodRule(
        "now_to_dated_end",
        NOW_TO_DATED_END,
        resolve_to_dated_end,
        ("from today", "from now", "between now", "between today"),
    ),
    PeriodRule(
        "runs_until_month_end",
        RUNS_UNTIL_MONTH_END,
        resolve_to_month_end,
        ("until the end", "till the end", "to the end"),
    ),
    # P to the day named (:data:`RUNS_UNTIL_DAY`), a weekday before it allowed
    PeriodRule("runs_until_day", RUNS_UNTIL_DAY, resolve_to_day, ("until", "till")),
    PeriodRule("plan_end_before", PLAN_END_BEFORE, resolve_plan_end, ("before", "by ")),
    PeriodRule("until_dated_end", UNTIL_DATED_END, resolve_no_period, ("until", "till")),
    PeriodRule(
        "rest_of_the_year", REST_OF_THE_YEAR, resolve_rest_of_year, ("rest of", "remainder of")
    ),
)
"""From P to a named end, each named."""
