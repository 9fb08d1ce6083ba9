"""Periods named by the calendar's fixed days and by quarters without a number or year.

Eight named rules of :data:`pressfacts.statistics.period_table.PERIOD_RULES`, each with
its own needs (the words one of which a text must hold for its pattern to be tried):

- ``named_day``: a holiday named after a preposition ("on Boxing Day", "over New Year's
  Eve", "on Christmas Day 2023"): that day of the year stated, else the latest such
  day on or before P (with "weekend", "over the Bonfire Night weekend": the Saturday and
  Sunday nearest it); "over the Easter weekend", "over Easter": Good Friday to Easter
  Monday (the bank holiday weekend), the latest begun by P; with "last/this year" or
  "last/this month" after it, the holiday of that year or month. A holiday used as a modifier
  ("Halloween fires", "Christmas Day lunch" is still the day) is not matched without a
  preposition before it; with one, "the" may stand between ("at the Boxing Day fixture").
- ``bank_holiday``: a bank holiday of England and Wales after a preposition ("over the
  August bank holiday weekend", "on the spring bank holiday", "over the bank holiday
  weekend at the start of May", "during the early May bank holiday 2023"): the Monday,
  with "weekend" the Saturday to the Monday; of the year stated, else the latest begun by
  P (cut at P); with "last/this year" after it, of that year. With no month or name
  ("over the bank holiday weekend") the latest of the year's Monday bank holidays (Easter
  Monday, early May, spring, August) begun by P.
- ``since_holiday``: "since" a holiday named alone ("since Easter", "since Christmas", "since
  New Year", "since Easter Monday", "since Christmas 2024", "since Easter last year"): from
  the day (Easter Sunday, Christmas Day, New Year's Day, or the day named) of the year
  stated, else the latest one not after P, to P. Not "since Easter Road" (a ground) nor
  "since Christmas markets opened" (the holiday as a modifier of a noun).
- ``months_quarter``: a quarter named by its months ("the October to December quarter",
  "the January-March period of 2024"): those whole months, of the year stated (the year
  the span ends in), else the latest such span over by P.
- ``bare_quarter``: "the third quarter", "in Q2" with no year of their own, after a
  period stated before in one calendar year ("120 in the first quarter of 2025, a further
  80 in the third quarter"): that quarter of the same year; undated otherwise. Not "the
  third quarter of 2024/25" (``fiscal_quarter``), "the first quarter of 2023"
  (``quarter``) nor "Q3 of last year" (``quarter_of_the_year``), which are longer and win.
  Its ``last_quarter_of_a_span``: "in the last quarter" after a span over two calendar
  years is the quarter ending that span when it ends a calendar quarter, else the
  calendar quarter before P's ("in the past 12 months … in the last quarter").
- ``quarter_to``: "the quarter to September", "the quarter ending June 2025": the three
  whole months ending with the month named, placed as ``months_quarter`` places them.
- ``this_quarter``: "so far this quarter": from the start of P's quarter to P;
- ``recent_quarter``: "the past quarter", "the most recent quarter", "the latest
  quarter": the calendar quarter before P's (financial quarters fall on the same
  months); not "the last quarter of 2024" (the ``quarter`` rule's) nor "the previous
  quarter" (a quarter before the one stated: ``baseline_quarter`` and ``following``).
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from pressfacts.findings import PeriodFinding
from pressfacts.lexicon.months import MONTH, month_number
from pressfacts.statistics.period_holiday_dates import DATED_HOLIDAY_RULES
from pressfacts.statistics.period_parts import quarters_fiscal
from pressfacts.statistics.period_rules import (
    YEAR,
    Context,
    PeriodRule,
    Resolution,
    Span,
    month_end,
)

FIXED_DAYS: dict[str, tuple[int, int]] = {
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "boxing day": (12, 26),
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
    "halloween": (10, 31),
    "bonfire night": (11, 5),
    "valentine's day": (2, 14),
}
"""Each fixed holiday's (month, day), keyed by its folded name."""

DAY_NAMES = (
    r"christmas\s+(?:day|eve)|boxing\s+day|new\s+year['’]?s\s+(?:day|eve)|hallowe['’]?en|"
    r"bonfire\s+night|valentine['’]?s\s+day"
)
NAMED_DAY = re.compile(
    rf"\b(?:on|over|during|across|throughout|at)\s+(?:(?P<easter>(?:the\s+)?(?:(?:four|4)[-\s]day\s+|"
    rf"long\s+)?easter(?:\s+bank"
    rf"\s+holiday)?(?:\s+weekend)?)|(?:the\s+)?(?P<day>{DAY_NAMES})(?P<weekend>\s+weekend)?)(?:\s+(?P<y>{YEAR})|\s+(?P<rel>last|this)\s+(?P<rel_unit>year|month)"
    r"(?!['’]s))?\b",
    re.I,
)
"""A holiday after a preposition: "on Boxing Day", "over the (four-day) Easter weekend", "on
Christmas Day 2023", "at the Boxing Day fixture" (the day as a modifier after "the"), "over
the Bonfire Night weekend" (:data:`WEEKEND_SATURDAY`); not "Halloween fires" or "a Boxing
Day sale" (no preposition)."""

WEEKEND_SATURDAY: dict[int, int] = {0: -2, 1: -3, 2: 3, 3: 2, 4: 1, 5: 0, 6: -1}
"""Days from a fixed holiday (by its weekday, Monday 0) to the Saturday of its weekend:
the Saturday and Sunday nearest the day, the following one when it falls midweek on a
Wednesday ("over the Bonfire Night weekend", 5 November a Thursday: Saturday 7 and
Sunday 8)."""


def folded_day(name: str) -> str:
    return " ".join(name.lower().replace("’", "'").replace("hallowe'en", "halloween").split())


def resolve_named_day(ctx: Context) -> Resolution:
    """The holiday of the year stated, else the latest one on or before P; named with
    "last/this year" or "last/this month" after it, the holiday of that year or month."""
    stated = int(ctx.group("y") or 0)
    published = ctx.published
    if ctx.group("rel"):
        if published is None:
            return None
        if (ctx.group("rel_unit") or "").lower() == "month":
            return _day_in_month(ctx, published)
        stated = published.year - (ctx.group("rel") or "").lower().startswith("l")
    if ctx.group("easter"):
        return _easter(stated, published)
    month, day = FIXED_DAYS[folded_day(ctx.group("day") or "")]
    weekend = bool(ctx.group("weekend"))
    if stated:
        return _day_span(dt.date(stated, month, day), weekend, "explicit")
    if published is None:
        return None
    found = _day_span(dt.date(published.year, month, day), weekend, "relative")
    if found.start > published:
        found = _day_span(dt.date(published.year - 1, month, day), weekend, "relative")
    return found


def _day_in_month(ctx: Context, published: dt.date) -> Resolution:
    """ "over the Easter weekend last month", "on Boxing Day this month": the holiday
    falling (or, for Easter, begun or ended) in P's month or the month before; None when
    it falls in neither."""
    month = published.replace(day=1)
    if (ctx.group("rel") or "").lower() == "last":
        month = month - relativedelta(months=1)
    if ctx.group("easter"):
        friday = easter(month.year) - dt.timedelta(days=2)
        monday = friday + dt.timedelta(days=3)
        inside = month.month in (friday.month, monday.month)
        return Span(friday, min(monday, published), "relative") if inside else None
    day_month, day = FIXED_DAYS[folded_day(ctx.group("day") or "")]
    if day_month != month.month:
        return None
    return _day_span(dt.date(month.year, day_month, day), bool(ctx.group("weekend")), "relative")


def _day_span(day: dt.date, weekend: bool, kind: str) -> Span:
    """The day alone, or with ``weekend`` the Saturday and Sunday of its weekend."""
    if not weekend:
        return Span(day, day, kind)
    saturday = day + dt.timedelta(days=WEEKEND_SATURDAY[day.weekday()])
    return Span(saturday, saturday + dt.timedelta(days=1), kind)


def _easter(stated: int, published: dt.date | None) -> Resolution:
    """Good Friday to Easter Monday of the year stated, else the latest begun by P."""
    if stated:
        friday = easter(stated) - dt.timedelta(days=2)
        return Span(friday, friday + dt.timedelta(days=3))
    if published is None:
        return None
    friday = easter(published.year) - dt.timedelta(days=2)
    if friday > published:
        friday = easter(published.year - 1) - dt.timedelta(days=2)
    return Span(friday, min(friday + dt.timedelta(days=3), published), "relative")


SINCE_HOLIDAY = re.compile(
    rf"\bsince\s+(?:(?P<easter>easter(?:\s+(?P<eday>sunday|monday|day))?)|(?P<day>{DAY_NAMES}|"
    rf"christmas|new\s+year(?!['’])))(?:\s+(?P<y>{YEAR})|\s+(?P<rel>last|this)\s+year\b)?"
    r"(?!\s+(?:road|rising|(?-i:[a-z])))",
    re.I,
)
""""since" a holiday named alone (rule ``since_holiday``): "since Easter", "since Christmas",
"since New Year", "since Easter Monday", "since Christmas Day 2024"; not "since Easter Road",
"since Christmas markets opened" (a lower-case word after it: the holiday modifies it)."""

_SINCE_ALONE: dict[str, tuple[int, int]] = {"christmas": (12, 25), "new year": (1, 1)}
"""A holiday named without "Day" as the day it starts from."""


def resolve_since_holiday(ctx: Context) -> Resolution:
    """From the holiday's day of the year stated (or told by "last/this year"), else the
    latest one not after P, to P; undated without P."""
    published = ctx.published
    if published is None:
        return None
    stated = int(ctx.group("y") or 0)
    if ctx.group("rel"):
        stated = published.year - (ctx.group("rel") or "").lower().startswith("l")

    def day_of(year: int) -> dt.date:
        if ctx.group("easter"):
            monday = (ctx.group("eday") or "").lower() == "monday"
            return easter(year) + dt.timedelta(days=1 if monday else 0)
        name = folded_day(ctx.group("day") or "")
        month, day = _SINCE_ALONE.get(name) or FIXED_DAYS[name]
        return dt.date(year, month, day)

    start = day_of(stated or published.year)
    if not stated and start > published:
        start = day_of(published.year - 1)
    if start > published:
        return None
    return Span(start, published, "since")


BANK_HOLIDAY = re.compile(
    rf"\b(?:on|over|during|across|throughout|at)\s+the\s+(?:(?P<which>early\s+may|may\s+day|"
    r"late\s+may|may|spring|whitsun|august|summer)\s+)?bank\s+holiday(?P<weekend>\s+weekend)?"
    r"(?:\s+(?:at|in)\s+the\s+(?P<edge>start|beginning|end)\s+of\s+(?P<month>may|august))?"
    rf"(?:\s+(?:of\s+)?(?P<y>{YEAR})|\s+(?P<rel>last|this)\s+year)?\b",
    re.I,
)
"""A bank holiday after a preposition: "over the August bank holiday weekend", "on the
spring bank holiday", "over the bank holiday weekend at the start of May", "over the
summer bank holiday weekend last year" (rule ``bank_holiday_of_relative_year``: the
holiday of the year before P's, or of P's); not "bank holiday traffic" (no preposition
and article)."""

_WHICH: dict[str, str] = {
    "early may": "early_may",
    "may day": "early_may",
    "may": "early_may",
    "late may": "spring",
    "spring": "spring",
    "whitsun": "spring",
    "august": "summer",
    "summer": "summer",
}
"""Each way of naming a bank holiday, folded, as the holiday it is."""


def bank_holiday_monday(holiday: str, year: int) -> dt.date:
    """The Monday of a bank holiday of England and Wales (``early_may``: the first Monday
    of May; ``spring``: the last of May; ``summer``: the last of August; ``easter``)."""
    if holiday == "easter":
        return easter(year) + dt.timedelta(days=1)
    if holiday == "early_may":
        first = dt.date(year, 5, 1)
        return first + dt.timedelta(days=(7 - first.weekday()) % 7)
    last = dt.date(year, 5, 31) if holiday == "spring" else dt.date(year, 8, 31)
    return last - dt.timedelta(days=last.weekday())


def _named_holiday(ctx: Context) -> str | None:
    """The holiday a ``bank_holiday`` match names (None: not named)."""
    which = " ".join((ctx.group("which") or "").lower().split())
    if which:
        return _WHICH[which]
    month, edge = (ctx.group("month") or "").lower(), (ctx.group("edge") or "").lower()
    if month == "may":
        return "spring" if edge == "end" else "early_may"
    return "summer" if month == "august" else None


def resolve_bank_holiday(ctx: Context) -> Resolution:
    """The bank holiday Monday (with "weekend", from the Saturday), of the year stated,
    else the latest begun by P, cut at P."""
    named = _named_holiday(ctx)
    holidays = (named,) if named else ("easter", "early_may", "spring", "summer")
    days_before = 2 if ctx.group("weekend") else 0
    stated = int(ctx.group("y") or 0)
    if ctx.group("rel") and ctx.published is not None:
        stated = ctx.published.year - (ctx.group("rel") or "").lower().startswith("l")

    def span(holiday: str, year: int) -> tuple[dt.date, dt.date]:
        monday = bank_holiday_monday(holiday, year)
        return monday - dt.timedelta(days=days_before), monday

    if stated and named:
        return Span(*span(named, stated))
    published = ctx.published
    if published is None:
        return None
    years = (stated,) if stated else (published.year, published.year - 1)
    begun = [span(h, y) for h in holidays for y in years if span(h, y)[0] <= published]
    if not begun:
        return None
    start, end = max(begun)
    return Span(start, min(end, published), "relative")


MONTHS_QUARTER = re.compile(
    rf"\bthe\s+(?P<m1>{MONTH})\s*(?:to|-|–)\s*(?P<m2>{MONTH})\s+(?:quarter|period)"
    rf"(?:\s+(?:of|in)\s+(?P<y>{YEAR}))?\b",
    re.I,
)
"""A quarter named by its months: "the October to December quarter", "the April-June
period of 2023"; not "from October to December" (``month_range``)."""


def resolve_months_quarter(ctx: Context) -> Resolution:
    """The whole months named, ending in the year stated, else the latest span over by P."""
    first, last = month_number(ctx.group("m1") or ""), month_number(ctx.group("m2") or "")
    span = (last - first) % 12
    if span > 5:
        return None  # not a quarter or a part of a year
    return _months_ending(ctx, last, span)


QUARTER_TO = re.compile(
    rf"\bthe\s+quarter\s+(?:to|ending|ended)\s+(?:the\s+end\s+of\s+)?(?P<m2>{MONTH})"
    rf"(?:\s+(?P<y>{YEAR}))?\b(?!\s*\d)",
    re.I,
)
"""A quarter named by its last month: "in the quarter to September", "the quarter ending
June 2025"; not "the quarter to 30 September" (``span_to_day``)."""


def resolve_quarter_to(ctx: Context) -> Resolution:
    """The three whole months ending with the month named, as a quarter named by its
    months is placed."""
    return _months_ending(ctx, month_number(ctx.group("m2") or ""), 2)


def _months_ending(ctx: Context, last: int, span: int) -> Resolution:
    """``span`` + 1 whole months ending with month ``last``: of the year stated (group
    ``y``), else the latest such span over by P."""
    stated = int(ctx.group("y") or 0)
    if stated:
        end_year = stated
    else:
        latest = ctx.latest
        if latest is None:
            return None
        end_year = latest.year if month_end(latest.year, last) <= latest else latest.year - 1
    end = month_end(end_year, last)
    start = (end.replace(day=1) - relativedelta(months=span)).replace(day=1)
    return Span(start, end, "explicit" if stated else "relative")


RECENT_QUARTER = re.compile(
    r"\b(?:(?:the|this)\s+(?:past|last|most\s+recent|latest)|(?<!\bthe\s)last)\s+quarter\b"
    r"(?!\s+of\b)",
    re.I,
)
"""The quarter before P's: "in the past quarter", "the most recent quarter", "last
quarter"; not "the last quarter of 2024" (a quarter of a year named)."""


def resolve_recent_quarter(ctx: Context) -> Resolution:
    """The whole calendar quarter before the quarter P falls in (undated without P)."""
    month = ctx.month
    if month is None:
        return None
    first_of_quarter = dt.date(month.year, 3 * ((month.month - 1) // 3) + 1, 1)
    start = first_of_quarter - relativedelta(months=3)
    return Span(start, first_of_quarter - dt.timedelta(days=1), "relative")


THIS_QUARTER = re.compile(r"\bthis\s+quarter\b(?!['’])", re.I)
"""The quarter P falls in, so far: "so far this quarter", "41 arrests this quarter"."""


def resolve_this_quarter(ctx: Context) -> Resolution:
    """From the first day of P's calendar quarter to P (undated without P)."""
    published = ctx.published
    if published is None:
        return None
    first = dt.date(published.year, 3 * ((published.month - 1) // 3) + 1, 1)
    return Span(first, published, "relative")


_QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}
_WHICH_QUARTER = r"(?:Q(?P<q>[1-4])|the\s+(?P<ord>first|second|third|fourth|final|last)\s+quarter)"
"""A quarter by its number: "Q3", "the third quarter"."""

BARE_QUARTER = re.compile(
    rf"\b(?:(?:in|for|during|over|by)\s+){_WHICH_QUARTER}\b"
    r"(?!\s*(?:of\b|[-/]?\s*(?:19|20)\d{2}|(?:last|this|next)\s+year|results|figures\s+for))",
    re.I,
)
"""A quarter with no year of its own after a preposition: "in the third quarter", "for
Q2"; not "the third quarter of …" or "Q2 2024" (a year of their own)."""


def _quarter_number(ctx: Context) -> int:
    return int(ctx.group("q") or 0) or _QUARTER_ORDINALS[(ctx.group("ord") or "").lower()]


def _quarter_span(year: int, quarter: int) -> Span:
    first = dt.date(year, 3 * quarter - 2, 1)
    return Span(first, month_end(year, 3 * quarter), "relative")


def resolve_bare_quarter(ctx: Context) -> Resolution:
    """That quarter of the calendar year of the period stated before, when it lies in one
    calendar year; of its financial year (Q1 April to June) when the release counts in
    quarters (:func:`quarters_fiscal`: "the second quarter of 2024/25, … six in Q1");
    with no period before, or when that quarter would not be over by P, "over the last
    quarter" is the most recent one (:func:`resolve_recent_quarter`); undated otherwise."""
    before = ctx.previous
    last = ctx.group("ord") == "last"
    if before is None:
        return resolve_recent_quarter(ctx) if last else None
    span = _stated_quarter(ctx, before)
    if last and span is None:
        return _last_quarter_of_span(ctx, before)  # rule last_quarter_of_a_span
    latest = ctx.latest
    if last and span is not None and latest is not None and span.end > latest:
        return resolve_recent_quarter(ctx)  # "In the last quarter" of a year still running
    return span


def _last_quarter_of_span(ctx: Context, before: PeriodFinding) -> Resolution:
    """ "In the last quarter" after a span over two calendar years: the calendar quarter
    that ends it when it ends on a quarter's last day ("in 2024/25 … in the last
    quarter": January to March 2025), else the quarter before P's ("in the past 12
    months … in the last quarter", P in November: July to September)."""
    end = before.end
    if end.month % 3 == 0 and end == month_end(end.year, end.month):
        latest = ctx.latest
        if latest is None or end <= latest:
            return _quarter_span(end.year, end.month // 3)
    return resolve_recent_quarter(ctx)


def _stated_quarter(ctx: Context, before: PeriodFinding) -> Span | None:
    """The quarter numbered in ``ctx`` of the year of ``before``: its financial year's when
    the release counts in quarters, else its calendar year's; None when ``before`` spans
    two years."""
    if quarters_fiscal(ctx.match.string, ctx.match.start()):
        first = _fiscal_year_start(before.start)
        if _fiscal_year_start(before.end) != first:
            return None
        start = dt.date(first, 4, 1) + relativedelta(months=3 * (_quarter_number(ctx) - 1))
        return Span(start, start + relativedelta(months=3) - dt.timedelta(days=1), "relative")
    if before.start.year != before.end.year:
        return None
    return _quarter_span(before.start.year, _quarter_number(ctx))


def _fiscal_year_start(day: dt.date) -> int:
    """The year the financial year holding ``day`` starts in (1 April)."""
    return day.year if day.month >= 4 else day.year - 1


HOLIDAY_RULES: tuple[PeriodRule, ...] = (
    PeriodRule(
        "named_day",
        NAMED_DAY,
        resolve_named_day,
        needs=("christmas", "boxing", "new year", "hallowe", "bonfire", "valentine", "easter"),
    ),
    PeriodRule(
        "since_holiday",
        SINCE_HOLIDAY,
        resolve_since_holiday,
        needs=(
            "since christmas",
            "since easter",
            "since new year",
            "since boxing",
            "since hallowe",
            "since bonfire",
            "since valentine",
        ),
    ),
    *DATED_HOLIDAY_RULES,
    PeriodRule("bank_holiday", BANK_HOLIDAY, resolve_bank_holiday, needs=("bank holiday",)),
    PeriodRule(
        "months_quarter", MONTHS_QUARTER, resolve_months_quarter, needs=("quarter", "period")
    ),
    PeriodRule("recent_quarter", RECENT_QUARTER, resolve_recent_quarter, needs=("quarter",)),
    PeriodRule("this_quarter", THIS_QUARTER, resolve_this_quarter, needs=("this quarter",)),
    PeriodRule("quarter_to", QUARTER_TO, resolve_quarter_to, needs=("quarter to", "quarter end")),
    PeriodRule(
        "bare_quarter",
        BARE_QUARTER,
        resolve_bare_quarter,
        needs=("quarter", "q1", "q2", "q3", "q4"),
    ),
)
"""The rules of this module, with their needs (the period table adds them)."""
