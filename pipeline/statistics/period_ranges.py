"""Calendar ranges stated by day and month, or by months: "between April and September", "from 27
February to 5 March", "between 3 and 9 June".

A range with a stated year is that year's. Without one, it is placed by P (or by a date borrowed
from a dated copy, or by the year of a "same period in YYYY" comparison right after it): in P's
year, unless it would start after P, when it is the latest such range before it, the year before
("between October and December" in a release of May is last year's: a release counts what has
happened), and so is a range of whole months half a year of which is still to come ("between
January and December" in a release of March). A range that has started by P stays in P's year
("from 3 to 19 June" in a release of 12 June runs on), and so does one its sentence speaks of as to
come (:mod:`pressfacts.statistics.period_future`: "The week of action will run from 3 to 9 June").
A range between two shopping days or holidays ("between Black Friday and Christmas Eve",
``holiday_range``) is the latest begun by P, cut at P, or the one of the year stated ("last year":
P's year before).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from pressfacts.lexicon.months import MONTH, month_number
from pressfacts.statistics.period_future import (
    done_before_its_end,
    ended_range_to_come,
    runs_soon,
    to_come,
)
from pressfacts.statistics.period_holidays import DAY_NAMES, FIXED_DAYS, folded_day
from pressfacts.statistics.period_rules import (
    NOT_A_PERIOD,
    ORDINAL,
    TIME_ON,
    YEAR,
    Context,
    PeriodRule,
    Resolution,
    Span,
    compile_rule,
    month_end,
    shifted,
)
from pressfacts.statistics.period_season_ranges import season_named_range_year

WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
"""A weekday before a day, which the span does not need: "from Monday 14 to Sunday 20
October", "between Friday, March 1 and Sunday, March 3"."""


def day_month(i: int) -> str:
    """A day and month in either order ("24 March", "March 24th"), after a weekday or
    not, groups numbered ``i``."""
    return (
        rf"{WEEKDAY}(?:(?P<d{i}>\d{{1,2}}){ORDINAL}\s+(?P<m{i}>{MONTH})|"
        rf"(?P<m{i}b>{MONTH})\s+(?P<d{i}b>\d{{1,2}}){ORDINAL})"
    )


def _year_of(word: str | None, ctx: Context) -> int | None:
    """A range's stated year ("this/last year": P's or the one before), else that of a season
    named just before it (``season_named_range``), else P's, else the year after a "same period
    in YYYY" comparison right after it."""
    if word:
        return int(word)
    if (relative := (ctx.group("rel") or "").lower()) and ctx.year is not None:
        return ctx.year - (relative == "last")
    compared = ctx.compared_year + 1 if ctx.compared_year else None
    return season_named_range_year(ctx) or ctx.year or compared


def _placed(ctx: Context, start: dt.date, end: dt.date, stated: bool) -> Resolution:
    """The range, a year earlier when no year was stated and it would start after P."""
    latest = ctx.latest
    if stated or ctx.reference is None or ctx.reference.month is None or latest is None:
        return Span(start, end)
    if start > latest and not to_come(ctx) and not runs_soon(ctx, start):
        start, end = _year_earlier(start), _year_earlier(end)
    return Span(start, end)


UNFINISHED_MONTHS = 6
"""Months of a range still to come after P's month that make it last year's range: half
a year a release cannot have counted."""


def _placed_months(ctx: Context, start: dt.date, end: dt.date, stated: bool) -> Resolution:
    """Whole months placed as :func:`_placed` places a range, and a year earlier too when
    at least :data:`UNFINISHED_MONTHS` of its months come after P's month: "between
    January and December" in a release of March counts last year's months, and so does one
    told as done with three months or more to come (:func:`.done_before_its_end`). A range
    begun by P with fewer months to come runs on ("between April and June" in May), and
    one its sentence speaks of as to come stays."""
    latest = ctx.latest
    if stated or latest is None or ctx.reference is None or ctx.reference.month is None:
        return Span(start, end)
    to_run = (end.year - latest.year) * 12 + end.month - latest.month
    if (to_run >= UNFINISHED_MONTHS and not to_come(ctx)) or done_before_its_end(ctx, to_run):
        return Span(_year_earlier(start), _year_earlier(end))
    return _placed(ctx, start, end, stated)


def _year_earlier(day: dt.date) -> dt.date:
    """The same day a year earlier (29 February: the 28th); a month's last day stays last."""
    if day == month_end(day.year, day.month):
        return month_end(day.year - 1, day.month)
    return day.replace(year=day.year - 1)


def began_last_year(resolve: Callable[[Context], Resolution]) -> Callable[[Context], Resolution]:
    """``resolve`` for a range of last year's event: one across the new year ("during last
    year's campaign, from 1 December to 2 January") began last year and ends in P's year
    (rule ``last_years_event_across_new_year``), where ``resolve`` would end it last year."""

    def resolved(ctx: Context) -> Resolution:
        span = resolve(ctx)
        if isinstance(span, Span) and span.start.year < span.end.year:
            start, end = shifted(span.start, span.end, 1)
            return replace(span, start=start, end=end)
        return span

    return resolved


def resolve_month_range(ctx: Context) -> Resolution:
    """ "between April and September": whole months."""
    year2 = _year_of(ctx.group("y2"), ctx)
    if year2 is None:
        return None
    m1, m2 = month_number(ctx.group("m1") or ""), month_number(ctx.group("m2") or "")
    year1 = int(ctx.group("y1") or (year2 if m1 <= m2 else year2 - 1))
    stated = bool(ctx.group("y1") or ctx.group("y2") or ctx.group("rel"))
    if not stated and (
        new_year_range_to_come(ctx, m1, m2)
        or (m1 <= m2 and ended_range_to_come(ctx, dt.date(year2, m2, 1)))
    ):
        year1, year2 = year1 + 1, year2 + 1
    return _placed_months(ctx, dt.date(year1, m1, 1), month_end(year2, m2), stated)


def new_year_range_to_come(ctx: Context, m1: int, m2: int) -> bool:
    """Rule ``new_year_range_to_come``: a range of months across the new year, no year
    stated, that its sentence speaks of as to come (:func:`~.to_come`) and whose last month
    is before P's, begins in P's year: "will pay for 300 locks, to be handed out from
    November to January" in a release of November is November to the next January (read
    alone, it ended in P's January, before P). Not a range told in the past ("handed out 300
    locks from November to January"), nor one still under way at P ("will run from December
    to March" in February: its March is P's year's)."""
    latest = ctx.latest
    return bool(m1 > m2 and latest is not None and m2 < latest.month and to_come(ctx))


def resolve_day_range(ctx: Context) -> Resolution:
    """ "from 27 February to 5 March", "between March 24 and April 23"."""
    year2 = _year_of(ctx.group("y2"), ctx)
    if year2 is None:
        return None
    m1 = month_number(ctx.group("m1") or ctx.group("m1b") or "")
    m2 = month_number(ctx.group("m2") or ctx.group("m2b") or "")
    d1 = int(ctx.group("d1") or ctx.group("d1b") or 0)
    d2 = int(ctx.group("d2") or ctx.group("d2b") or 0)
    year1 = int(ctx.group("y1") or (year2 if m1 <= m2 else year2 - 1))
    stated = bool(ctx.group("y1") or ctx.group("y2") or ctx.group("rel"))
    try:
        return _placed(ctx, dt.date(year1, m1, d1), dt.date(year2, m2, d2), stated)
    except ValueError:
        return NOT_A_PERIOD


def resolve_day_to_month_end(ctx: Context) -> Resolution:
    """ "between 1 September and the end of February": from the day to the month's last
    day, placed as a day range is."""
    year2 = _year_of(ctx.group("y2"), ctx)
    if year2 is None:
        return None
    m1 = month_number(ctx.group("m1") or ctx.group("m1b") or "")
    m2 = month_number(ctx.group("m2") or "")
    year1 = int(ctx.group("y1") or (year2 if m1 <= m2 else year2 - 1))
    stated = bool(ctx.group("y1") or ctx.group("y2") or ctx.group("rel"))
    try:
        start = dt.date(year1, m1, int(ctx.group("d1") or ctx.group("d1b") or 0))
    except ValueError:
        return NOT_A_PERIOD
    return _placed(ctx, start, month_end(year2, m2), stated)


def resolve_shared_month_range(ctx: Context) -> Resolution:
    """ "between 3 and 9 June": days of one month."""
    year = _year_of(ctx.group("y"), ctx)
    if year is None:
        return None
    month = month_number(ctx.group("m") or "")
    try:
        start = dt.date(year, month, int(ctx.group("d1") or 0))
        end = dt.date(year, month, int(ctx.group("d2") or 0))
    except ValueError:
        return NOT_A_PERIOD
    return _placed(ctx, start, end, bool(ctx.group("y") or ctx.group("rel")))


def resolve_two_days_running(ctx: Context) -> Resolution:
    """ "on 9 and 10 August": the two days as one span when they run on; else not a
    period (two days apart are two events, not a span: each day is read alone)."""
    if int(ctx.group("d2") or 0) != int(ctx.group("d1") or 0) + 1:
        return NOT_A_PERIOD
    return resolve_shared_month_range(ctx)


DAY_TO_HOLIDAY = re.compile(
    rf"\b(?:between|from)\s+{day_month(1)},?\s*(?P<y1>{YEAR})?\s*(?:and|to|until|[-–])\s*"
    rf"(?P<day>{DAY_NAMES})(?:\s+(?P<y2>{YEAR}))?\b",
    re.I,
)
"""A range from a day and month to a fixed holiday: "from 1 December to Christmas Eve"."""


def resolve_day_to_holiday(ctx: Context) -> Resolution:
    """From the day to the holiday, placed as a day range is."""
    year2 = _year_of(ctx.group("y2"), ctx)
    if year2 is None:
        return None
    m2, d2 = FIXED_DAYS[folded_day(ctx.group("day") or "")]
    m1 = month_number(ctx.group("m1") or ctx.group("m1b") or "")
    d1 = int(ctx.group("d1") or ctx.group("d1b") or 0)
    year1 = int(ctx.group("y1") or (year2 if m1 <= m2 else year2 - 1))
    try:
        start = dt.date(year1, m1, d1)
    except ValueError:
        return NOT_A_PERIOD
    stated = bool(ctx.group("y1") or ctx.group("y2") or ctx.group("rel"))
    return _placed(ctx, start, dt.date(year2, m2, d2), stated)


_RANGE_DAY = rf"black\s+friday|cyber\s+monday|{DAY_NAMES}"
HOLIDAY_RANGE = re.compile(
    rf"\b(?:between|from)\s+(?P<first>{_RANGE_DAY})\s*(?:and|to|until|[-–])\s*"
    rf"(?P<last>{_RANGE_DAY})(?:\s+(?:(?P<y>{YEAR})|(?P<ago>last|this)\s+year))?\b",
    re.I,
)
"""A range between two shopping days or holidays: "between Black Friday and Christmas Eve",
"from Christmas Eve to New Year's Day 2024", "between Halloween and Bonfire Night last
year"; not "Black Friday sales" (no range)."""


def shopping_day(name: str, year: int) -> dt.date:
    """The day a :data:`HOLIDAY_RANGE` end names in ``year``: a fixed holiday, or Black
    Friday (the day after the fourth Thursday of November) and the Monday after it."""
    folded = folded_day(name)
    if folded in FIXED_DAYS:
        return dt.date(year, *FIXED_DAYS[folded])
    first = dt.date(year, 11, 1)
    thursday = first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
    return thursday + dt.timedelta(days=1 if folded == "black friday" else 4)


def resolve_holiday_range(ctx: Context) -> Resolution:
    """The range ending in the year stated ("last year": P's year before), else the
    latest such range begun by P; the first day a year before when it falls after the
    last ("from Christmas Eve to New Year's Day")."""
    published = ctx.published
    if ctx.group("y"):
        year = int(ctx.group("y") or 0)
    elif published is None:
        return None
    else:
        year = published.year - (1 if (ctx.group("ago") or "").lower() == "last" else 0)
    first, last = ctx.group("first") or "", ctx.group("last") or ""

    def span(end_year: int) -> tuple[dt.date, dt.date]:
        end = shopping_day(last, end_year)
        start = shopping_day(first, end_year)
        return (start if start <= end else shopping_day(first, end_year - 1)), end

    start, end = span(year)
    if ctx.group("y") or ctx.group("ago") or published is None:
        return Span(start, end)
    if start > published:
        start, end = span(year - 1)
    return Span(start, min(end, published), "relative")


HOLIDAY_END_RULES: tuple[PeriodRule, ...] = (
    PeriodRule("day_to_holiday", DAY_TO_HOLIDAY, resolve_day_to_holiday, ("between", "from")),
    PeriodRule(
        "holiday_range",
        HOLIDAY_RANGE,
        resolve_holiday_range,
        ("black friday", "cyber monday", "christmas", "boxing", "new year", "hallowe", "bonfire"),
    ),
)
"""Day ranges ending on a holiday, and ranges between shopping days or holidays (the
period table adds them)."""


_SET_OFF = r"[(,]\s*"
"""What opens a range set off from its sentence: a bracket or a comma (trimmed off the
phrase, :func:`pressfacts.statistics.periods._trimmed`); a literal first character, so
the engine skips to the next bracket or comma."""
_SET_OFF_END = r"(?=\s*(?:\)|[,.;]|$))"
"""What closes it: the bracket, a comma, a stop, the end of the text (not in the phrase)."""
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
SET_OFF_RANGE_RULES: tuple[PeriodRule, ...] = (
    # "during the week of action (27 February to 5 March)", "…, 1 to 31 December,": a
    # range in brackets or between commas, with no "from" or "between"; not "(27
    # February)" (one day), "aged 14 to 17" (no month)
    PeriodRule(
        "set_off_day_range",
        compile_rule(
            rf"{_SET_OFF}{day_month(1)},?\s*(?P<y1>{YEAR})?\s*(?:to|until|[-–])\s*"
            rf"{day_month(2)},?\s*(?P<y2>{YEAR})?{_SET_OFF_END}",
        ),
        resolve_day_range,
        _MONTH_STEMS,
    ),
    # "during the week of action (7-13 October)", "…, 12 to 18 June 2023,"
    PeriodRule(
        "set_off_shared_month_range",
        compile_rule(
            rf"{_SET_OFF}{WEEKDAY}(?P<d1>\d{{1,2}}){ORDINAL}\s*(?:to|until|[-–])\s*"
            rf"{WEEKDAY}(?P<d2>\d{{1,2}}){ORDINAL}\s+(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?"
            rf"{_SET_OFF_END}",
        ),
        resolve_shared_month_range,
        _MONTH_STEMS,
    ),
    # "On a single weekend, 6 and 7 June, officers …", "(Saturday 9 and Sunday 10 August)":
    # two days running of one month, set off, with no "on"; not ", 3 and 17 May," (two
    # days apart: no span), nor ", 6 and 7," (no month)
    PeriodRule(
        "set_off_two_days_running",
        compile_rule(
            rf"{_SET_OFF}{WEEKDAY}(?P<d1>\d{{1,2}}){ORDINAL}\s+and\s+"
            rf"{WEEKDAY}(?P<d2>\d{{1,2}}){ORDINAL}\s+(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?"
            rf"{_SET_OFF_END}",
        ),
        resolve_two_days_running,
        _MONTH_STEMS,
    ),
    # "during the Bonfire period, from 26 October to 5 November, …": a "from … to" range
    # set off by a comma or bracket, which dates the undated phrase right before it as
    # the bare set-off ranges do (its words run from "from" to past the comma, as
    # ``day_range``'s do, so a rule that read words before them wins: "in last year's
    # operation, from 3 to 9 June, …"); not ", from 40 to 60," (no month)
    PeriodRule(
        "set_off_from_day_range",
        compile_rule(
            rf"{_SET_OFF}(?P<phrase>from\s+{day_month(1)},?\s*(?P<y1>{YEAR})?\s*(?:to|until|[-–])"
            rf"\s*{day_month(2)},?\s*(?P<y2>{YEAR})?{_SET_OFF_END},?\s*)",
        ),
        resolve_day_range,
        _MONTH_STEMS,
    ),
    # "over the festival, from 3 to 9 August, …", "(from 1-7 June)"
    PeriodRule(
        "set_off_from_shared_month_range",
        compile_rule(
            rf"{_SET_OFF}(?P<phrase>from\s+{WEEKDAY}(?P<d1>\d{{1,2}}){ORDINAL}\s*(?:to|until|[-–])"
            rf"\s*{WEEKDAY}(?P<d2>\d{{1,2}}){ORDINAL}\s+(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?"
            rf"{_SET_OFF_END},?\s*)",
        ),
        resolve_shared_month_range,
        _MONTH_STEMS,
    ),
)
"""Ranges set off from their sentence by brackets or commas (the period table adds them)."""
SET_OFF_RULE_NAMES = frozenset(rule.name for rule in SET_OFF_RANGE_RULES)
"""Their names: such a range restates an undated phrase right before it ("during the
campaign, 1 to 31 December")."""


_THE_PERIOD = r"(?:(?:for|in|over|during|covering)\s+)?the\s+period(?:\s+(?:from|of|between))?"
"""A range's opener naming it a period: "for the period 1 April 2024 to 31 March 2025"."""
MONTH_EDGE = r"(?:the\s+(?:start|beginning|middle|end)\s+of\s+|(?:early|mid|late)(?:-|\s+))?"
"""A part of a month in a range of whole months ("between the start of April and the end
of June", "between mid-July and late August": April to June, July to August)."""
_RELATIVE_YEAR = r"(?P<rel>this|last)\s+year\b(?!['’]s)"
"""A range's year named relative to P: "between 1 April and 30 September this year"."""
_EVENT_IN = (
    r"(?:his|her|their|its|the)\s+(?:(?:first|eventual|final)\s+)?"
    r"(?:arrest|arrests|conviction|charging|charge|trial|raid|capture|extradition|"
    r"detention|discovery|closure|takedown)\s+in\s+"
)
"""An event whose month ends a range ("between January 2024 and his arrest in March
2025": the offending runs to the arrest's month)."""
# fmt: off
MONTH_RANGE_RULES: tuple[PeriodRule, ...] = (
    # "between July 2017 and January 2018", "covering July to September", "between the start
    # of April and the end of June"; not "from May 5"
    PeriodRule("month_range", compile_rule(
        rf"\b(?:between|from|covering|{_THE_PERIOD})\s+{MONTH_EDGE}(?P<m1>{MONTH})\s*(?P<y1>{YEAR})?"
        rf"\s+(?:and|to|until)\s+{MONTH_EDGE}(?P<m2>{MONTH})(?!\s*\d{{1,2}}\b)\s*(?P<y2>{YEAR})?",
        "bfcidot"), resolve_month_range),
    # "between January 2024 and his arrest in March 2025", "from June 2023 until the raid
    # in May 2024": from the first month to the event's; not "between May and the end"
    PeriodRule("month_to_event_month", compile_rule(
        rf"\b(?:between|from)\s+(?P<m1>{MONTH})\s*(?P<y1>{YEAR})?"
        rf"\s+(?:and|to|until)\s+{_EVENT_IN}(?P<m2>{MONTH})(?!\s*\d{{1,2}}\b)\s*(?P<y2>{YEAR})?",
        "bf"), resolve_month_range),
    # "April 2024 to March 2025", "April 2024 – March 2025", "for April 2024 to March 2025":
    # both years stated, no opener or "in", "during", "over", "throughout", "for"
    PeriodRule("month_range_years", compile_rule(
        rf"\b(?:(?:in|during|over|throughout|for)\s+)?(?P<m1>{MONTH})\s+(?P<y1>{YEAR})\s*(?:to|until|"
        rf"[-–—])\s*(?P<m2>{MONTH})\s+"
        rf"(?P<y2>{YEAR})\b"), resolve_month_range),
)
"""The range of whole months, first of the period table's rules."""
DAY_RANGE_RULES: tuple[PeriodRule, ...] = (
    # "between March 24 and April 23", "from 3 May to 9 June 2023"
    PeriodRule("day_range", compile_rule(
        rf"\b(?:between|from|{_THE_PERIOD})\s+{TIME_ON}{day_month(1)},?\s*(?P<y1>{YEAR})?\s*"
        rf"(?:and|to|until|[-–])\s*{TIME_ON}{day_month(2)},?\s*(?:(?P<y2>{YEAR})|{_RELATIVE_YEAR})?",
        "bfidot"),
        resolve_day_range),
    # "between 1 September and the end of February", "from 6 April to the end of June
    # 2024": a day to a month's last day; not "between 1 September and the end of the
    # season" (no month), "from 3 May to the end" (no month)
    PeriodRule("day_to_month_end", compile_rule(
        rf"\b(?:between|from|{_THE_PERIOD})\s+{day_month(1)},?\s*(?P<y1>{YEAR})?\s*"
        rf"(?:and|to|until)\s+the\s+end\s+of\s+(?P<m2>{MONTH})(?!\s*\d{{1,2}}\b),?\s*"
        rf"(?:(?P<y2>{YEAR})|{_RELATIVE_YEAR})?",
        "bfidot"),
        resolve_day_to_month_end),
    # "went live on 1 May and, by the end of October, had …": from the day it started to
    # the end of the month its tally stood at; not "went live on 1 May" alone (a day)
    PeriodRule("started_day_to_month_end", compile_rule(
        r"\b(?:went\s+live|launched|began|started|opened|was\s+(?:set\s+up|installed|introduced))"
        rf"\s+on\s+{day_month(1)},?\s*(?P<y1>{YEAR})?\s*,?\s*and\s*,?\s+by\s+the\s+end\s+of\s+"
        rf"(?P<m2>{MONTH})(?!\s*\d{{1,2}}\b),?\s*(?:(?P<y2>{YEAR})|{_RELATIVE_YEAR})?",
        "wlbso"),
        resolve_day_to_month_end),
    # "between 3 and 9 June", "from 6 to 12 March 2023"; not "from 6 to 12 people"
    PeriodRule("shared_month_range", compile_rule(
        rf"\b(?:between|from|{_THE_PERIOD})\s+{WEEKDAY}(?P<d1>\d{{1,2}}){ORDINAL}\s*(?:and|to|until|[-–])\s*"
        rf"{WEEKDAY}(?P<d2>\d{{1,2}}){ORDINAL}\s+(?P<m>{MONTH})(?:\s+(?:(?P<y>{YEAR})|{_RELATIVE_YEAR}))?",
        "bfidot"),
        resolve_shared_month_range),
    # "on 9 and 10 August", "the weekend of Saturday 9 and Sunday 10 August 2025": two
    # days running, one span; not "on 3 and 17 May" (two days apart: no span)
    PeriodRule("two_days_running", compile_rule(
        rf"\b(?:on|weekend\s+of|over)\s+{WEEKDAY}(?P<d1>\d{{1,2}}){ORDINAL}\s+and\s+"
        rf"{WEEKDAY}(?P<d2>\d{{1,2}}){ORDINAL}\s+(?P<m>{MONTH})(?:\s+(?:(?P<y>{YEAR})|{_RELATIVE_YEAR}))?",
        "owOW"),
        resolve_two_days_running),
)
"""The ranges by day and month, after the range of months stated with "this/last year"."""
# fmt: on

LAST_YEARS_EVENT = (
    r"\b(?P<rel>last)\s+year['’]s\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*,\s+"
    r"(?:(?:which|that)\s+(?:ran|was\s+held|took\s+place)\s+)?"
)
"""An event named as last year's and set off by a comma before its dates ("during last
year's summer campaign, between", "in last year's operation, which ran from"): the range
after it, stated with no year, is that year's (group ``rel``: last)."""
_NO_YEAR_AFTER = rf"(?!,?\s*(?:{YEAR}|(?:this|last)\s+year)\b)"
LAST_YEARS_EVENT_RULES: tuple[PeriodRule, ...] = (
    # "During last year's summer campaign, between 1 June and 31 August, officers …": the
    # days of last year; not "this year's campaign, between …" (P's year, as placed), nor
    # "last year's campaign. Between 1 June and …" (no comma: a sentence of its own), nor
    # a range with its own year ("…, between 1 and 30 June 2022")
    PeriodRule(
        "last_years_event_day_range",
        compile_rule(
            rf"{LAST_YEARS_EVENT}(?P<phrase>(?:between|from)\s+{day_month(1)}\s*"
            rf"(?:and|to|until|[-–])\s*{day_month(2)}{_NO_YEAR_AFTER},?\s*)",
            "l",
        ),
        began_last_year(resolve_day_range),
        ("last year",),
    ),
    # "In last year's operation, from 3 to 9 June, …": days of one month of last year
    PeriodRule(
        "last_years_event_shared_month_range",
        compile_rule(
            rf"{LAST_YEARS_EVENT}(?P<phrase>(?:between|from)\s+(?P<d1>\d{{1,2}}){ORDINAL}\s*"
            rf"(?:and|to|until|[-–])\s*(?P<d2>\d{{1,2}}){ORDINAL}\s+(?P<m>{MONTH})"
            rf"{_NO_YEAR_AFTER},?\s*)",
            "l",
        ),
        resolve_shared_month_range,
        ("last year",),
    ),
    # "In last year's crackdown, between June and August, …": whole months of last year
    PeriodRule(
        "last_years_event_month_range",
        compile_rule(
            rf"{LAST_YEARS_EVENT}(?P<phrase>(?:between|from)\s+(?P<m1>{MONTH})\s+"
            rf"(?:and|to|until)\s+(?P<m2>{MONTH}){_NO_YEAR_AFTER}(?!\s*\d),?\s*)",
            "l",
        ),
        began_last_year(resolve_month_range),
        ("last year",),
    ),
)
"""Ranges dated by last year's event named right before them (the period table adds
them; each phrase takes the comma and space after it as rule ``day_range`` does, so that
of equal phrases these win, having read more words: ``day_range`` alone would place the
range by P)."""
