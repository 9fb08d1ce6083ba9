"""The period grammar's parts: the rule type, its context, and the resolvers.

Each :class:`PeriodRule` names one way a press release states a span of time, with the
regex that finds it and the function (a ``resolve_*`` here) that turns a match into
whole ISO dates; the table of rules is :data:`pressfacts.statistics.period_table.PERIOD_RULES`. A
resolver returns a :class:`Span`, ``None`` when the phrase is a period that cannot be
fixed (a relative phrase without the publication date P, "a year or so previously")
or :data:`NOT_A_PERIOD` when the match is not a period after all ("2019-22" is no
financial year). A span that would end before it starts is never made: the rule yields
``None`` instead. Month arithmetic is dateutil's ``relativedelta``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

from dateutil.relativedelta import relativedelta

from pressfacts.findings import PartialDate, PeriodFinding
from pressfacts.lexicon.months import month_number
from pressfacts.lexicon.number_words import WORD_NUMBER, count_value
from pressfacts.statistics.period_attack_days import attack_day
from pressfacts.statistics.period_figure_days import counted_day
from pressfacts.statistics.period_future import said_to_come, to_come
from pressfacts.statistics.period_opening_days import opening_day
from pressfacts.statistics.period_operation_days import operation_day
from pressfacts.statistics.single_dates import DayReader

YEAR = r"(?:19|20)\d{2}"
COUNT = rf"(?:\d{{1,2}}|{WORD_NUMBER})"
UNIT = r"(?:month|year|week)"
MONTHS = r"(?:\s+months|[\s-]month\s+period)"  # after a count: "six months", "a six-month period"
ORDINAL = r"(?:st|nd|rd|th)?"
TIME_ON = r"(?:(?:\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)|midnight|midday|noon)\s+on\s+)?"
"""A time of day before a day, which a span's whole days do not need: "6pm on Friday",
"6am on 1 November"."""
MULTIPLE_OF = (
    r"(?:(?<=double\s)|(?<=twice\s)|(?<=treble\s)|(?<=triple\s)|(?<=times\s))the\s+"
    r"(?:number|figure|total|level)s?\s+(?:[a-z]+\s+)?(?:in|for|of)"
)
"""A multiple's yardstick year: "double the number in 2022", "twice the figure recorded
in 2019", "three times the total for 2020"; not "the number in 2022" alone."""
MULTIPLE_OF_THE_NUMBER = (
    r"\b(?:double|twice|treble|triple|(?:two|three|four|five|ten)\s+times|half)\s+the\s+"
    r"(?:number|figure|total|level|amount)s?\s+"
)
"""Rule `multiple_of_the_number`: a multiple of a yardstick's count named by a noun and
followed right away by its period, with no preposition ("19 drivers, almost double the
number last summer", "twice the total the year before"): the period is the yardstick, the
earlier half of a comparison; read by ``period_links.COMPARATOR_BEFORE`` (before the
period), ``period_levels.YARDSTICK_GAP`` (between a count and it) and
``period_seasons._YARDSTICK_CUE`` (a season). Not "double the number of patrols last
summer" (a noun between: what was doubled, not the yardstick)."""


@dataclass(frozen=True)
class Span:
    """What a rule resolved: ``start``..``end`` inclusive, how (``kind``) and from what."""

    start: dt.date
    end: dt.date
    kind: str = "explicit"
    anchor: tuple[dt.date, dt.date] | None = None


class _NotAPeriod:
    """The match is not a period at all (it does not block other periods)."""


NOT_A_PERIOD: Final = _NotAPeriod()
Resolution = Span | _NotAPeriod | None


@dataclass(frozen=True)
class Context:
    """What a resolver may use: the match, what is known of P, the period stated before,
    the day reader, the year of a "same period in YYYY" comparison right after, and the
    phrase found just before."""

    match: re.Match[str]
    reference: PartialDate | None
    previous: PeriodFinding | None
    days: DayReader
    compared_year: int | None = None
    last: PeriodFinding | None = None
    """The phrase found just before this one, of any kind (None at the start)."""
    found: Sequence[PeriodFinding] = ()
    """Every phrase found before this one, in text order (the finder's list, not a copy)."""

    def group(self, name: str) -> str | None:
        """A named group of the match (None when it did not take part)."""
        value = self.match.groupdict().get(name)
        return value if value else None

    @property
    def published(self) -> dt.date | None:
        """P as a whole date; None when its day (or all of it) is unknown."""
        return self.reference.date if self.reference else None

    @property
    def year(self) -> int | None:
        """P's year, when known (from the date, the url, or a year the text fixes)."""
        return self.reference.year if self.reference else None

    @property
    def month(self) -> dt.date | None:
        """The first day of P's month, when its year and month are known."""
        ref = self.reference
        return dt.date(ref.year, ref.month, 1) if ref and ref.month else None

    @property
    def latest(self) -> dt.date | None:
        """The latest day P can be: P, else the end of its month, else of its year."""
        ref = self.reference
        if ref is None:
            return None
        if ref.month is None:
            return dt.date(ref.year, 12, 31)
        return self.published or month_end(ref.year, ref.month)


@dataclass(frozen=True)
class PeriodRule:
    """One named way of stating a period."""

    name: str
    pattern: re.Pattern[str]
    resolve: Callable[[Context], Resolution]
    needs: tuple[str, ...] = ()
    """Words one of which a text must hold (lower case) for the pattern to be tried: a
    cheap test that spares most documents most patterns."""

    def applies(self, lowered: str | None) -> bool:
        """Whether the text can hold a match at all, given its
        :func:`~pressfacts.statistics.rule_needs.needs_text`."""
        return lowered is None or not self.needs or any(word in lowered for word in self.needs)


# -- month arithmetic ------------------------------------------------------------------


def month_start(day: dt.date) -> dt.date:
    """The first day of ``day``'s month."""
    return day.replace(day=1)


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def months_before(day: dt.date, months: int) -> dt.date:
    """The first day of the month ``months`` before ``day``'s month."""
    return month_start(day) - relativedelta(months=months)


def whole_months_after(end: dt.date, months: int) -> tuple[dt.date, dt.date]:
    """The ``months`` whole months after the month of ``end``."""
    first = month_start(end) + relativedelta(months=1)
    return first, first + relativedelta(months=months) - dt.timedelta(days=1)


def shifted(start: dt.date, end: dt.date, years: int) -> tuple[dt.date, dt.date]:
    """The same dates ``years`` years later (earlier when negative); a month end stays one."""
    new_end = end + relativedelta(years=years)
    if end == month_end(end.year, end.month):
        new_end = month_end(new_end.year, new_end.month)
    return start + relativedelta(years=years), new_end


def previous_span(ctx: Context) -> tuple[dt.date, dt.date] | None:
    """The (start, end) of the period stated before the phrase, else None."""
    return (ctx.previous.start, ctx.previous.end) if ctx.previous else None


# -- resolvers -------------------------------------------------------------------------


def resolve_financial_year(ctx: Context) -> Resolution:
    """The UK financial year, 1 April to 31 March: "2022/23", "2017-18", "2023/2024"."""
    first, second = int(ctx.group("y1") or 0), int(ctx.group("y2") or 0)
    if (first + 1) % (100 if second < 100 else 10_000) != second:
        return NOT_A_PERIOD
    return Span(dt.date(first, 4, 1), dt.date(first + 1, 3, 31))


def resolve_financial_year_named(ctx: Context) -> Resolution:
    """ "the next financial year", "this financial year" relative to P."""
    month = ctx.month
    if month is None:
        return None
    current = month.year if month.month >= 4 else month.year - 1
    offset = {"next": 1, "coming": 1, "last": -1, "previous": -1}.get(
        (ctx.group("which") or "").lower(), 0
    )
    first = current + offset
    return Span(dt.date(first, 4, 1), dt.date(first + 1, 3, 31), "relative")


QUARTER_NUMBERS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4, "latter": 4,
    "one": 1, "two": 2, "three": 3, "four": 4, "1": 1, "2": 2, "3": 3, "4": 4,
}  # fmt: skip
"""A quarter's number as a rule's group ``q`` (digit), ``ord`` ("second") or ``qw``
("quarter two", "quarter 2") writes it."""


def quarter_number(ctx: Context) -> int:
    """The number of the quarter a quarter rule matched (groups ``q``, ``ord``, ``qw``)."""
    written = ctx.group("q") or ctx.group("ord") or ctx.group("qw") or ""
    return QUARTER_NUMBERS[written.lower()]


def resolve_quarter(ctx: Context) -> Resolution:
    """A calendar quarter: "Q1 2023", "the second quarter of 2022", "quarter two of 2024"."""
    quarter = quarter_number(ctx)
    year = int(ctx.group("y") or ctx.group("y2") or ctx.group("y3") or 0)
    first = dt.date(year, 3 * quarter - 2, 1)
    return Span(first, month_end(year, 3 * quarter))


def resolve_day(ctx: Context) -> Resolution:
    """A single day ("on 3 March"): an event's date, which no figure takes, unless the
    words around it make it the figures' day ("on 5 November alone", "on the night of 2
    March": :func:`~pressfacts.statistics.period_figure_days.counted_day`; a one-day
    operation told before it: :func:`~.period_operation_days.operation_day`; an ordinal
    weekday or a one-day event as its subject: :func:`~.period_opening_days.opening_day`; a
    cyber attack's toll told before it: :func:`~.period_attack_days.attack_day`); one that
    cannot be dated (no year known) is still no span a figure covers
    (:data:`NOT_A_PERIOD`), so it does not hide the span the figure's clause states."""
    day = ctx.days.read(ctx.match, ctx.reference)
    if not day:
        return NOT_A_PERIOD
    text, start = ctx.match.string, ctx.match.start()
    end = ctx.match.end()
    counted = (
        counted_day(text, start, end)
        or operation_day(text, start)
        or opening_day(text, start, end)
        or attack_day(text, start)
    )
    return Span(day, day, "explicit" if counted else "day")


def resolve_year_range(ctx: Context) -> Resolution:
    return Span(
        dt.date(int(ctx.group("y1") or 0), 1, 1), dt.date(int(ctx.group("y2") or 0), 12, 31)
    )


def resolve_year_to(ctx: Context) -> Resolution:
    end = month_end(int(ctx.group("y") or 0), month_number(ctx.group("m") or ""))
    return Span(months_before(end, 11), end)


def resolve_first_months(ctx: Context) -> Resolution:
    year, n = int(ctx.group("y") or 0), count_value(ctx.group("n") or "")
    if not 1 <= n <= 12:
        return NOT_A_PERIOD
    if (ctx.group("which") or "").lower() == "first":
        return Span(dt.date(year, 1, 1), month_end(year, n))
    return Span(dt.date(year, 13 - n, 1), dt.date(year, 12, 31))


def resolve_since(ctx: Context) -> Resolution:
    if ctx.published is None:
        return None
    month = month_number(ctx.group("m") or "") if ctx.group("m") else 1
    if ctx.group("fy"):  # "since 2017/18": from the financial year's first day
        month = 4
    return Span(dt.date(int(ctx.group("y") or 0), month, 1), ctx.published, "since")


def resolve_baseline(ctx: Context) -> Resolution:
    year = int(ctx.group("y") or 0)
    return Span(dt.date(year, 1, 1), dt.date(year, 12, 31), "baseline")


def resolve_baseline_month(ctx: Context) -> Resolution:
    """ "compared with May": the latest May before P's month, the yardstick of a change."""
    month = ctx.month
    if month is None:
        return None
    first = latest_month(ctx.group("m") or "", month, True)
    return Span(first, month_end(first.year, first.month), "baseline")


def latest_month(word: str, published: dt.date, strictly_before: bool) -> dt.date:
    """The first day of the latest month named ``word`` not after P's month (only the
    year and month of ``published`` are read)."""
    month = month_number(word)
    year = published.year
    if month > published.month or (strictly_before and month == published.month):
        year -= 1
    return dt.date(year, month, 1)


def resolve_since_month(ctx: Context) -> Resolution:
    if ctx.published is None:
        return None
    return Span(latest_month(ctx.group("m") or "", ctx.published, False), ctx.published, "since")


def compile_rule(pattern: str, lead: str = "") -> re.Pattern[str]:
    """A period rule's regex, case-insensitive; ``lead`` lists the characters a match can
    start with (a lookahead that lets the engine pass over most places at once: twice
    as fast for the month and day rules; a test checks it loses no match)."""
    return re.compile(f"(?=[{lead}])" + pattern if lead else pattern, re.I)


def resolve_bare_month(ctx: Context) -> Resolution:
    """ "in September" with no year: the latest whole September up to P; the next one
    when its sentence speaks of it as to come ("will start in November", P in October).
    P's own month runs to P ("made 40 arrests in March", P in March), but the whole of it
    when its sentence speaks of it as to come (rule ``own_month_to_come``: "officers will
    patrol the routes during March", :func:`~.said_to_come`)."""
    word = ctx.group("m") or ""
    if word == "may":
        return NOT_A_PERIOD  # the verb, not the month
    month = ctx.month
    if month is None:
        return None
    first = latest_month(word, month, False)
    if first < month and first.month > month.month and to_come(ctx):
        first = first.replace(year=month.year)  # "will start in November" (P in October)
    if first == month and not said_to_come(ctx):  # P's own month runs to P: not without P's day
        return Span(first, ctx.published, "relative") if ctx.published else None
    return Span(first, month_end(first.year, first.month), "relative")  # own_month_to_come


def resolve_last_month_named(ctx: Context) -> Resolution:
    """ "last September": the September of the year before P's ("last August" in October
    2025 is August 2024: a month of this year already past is "in August"); "this past
    September" the latest September before P's month; with only P's year known (a year
    the text fixes: "So far in 2012, …"), the September of the year before."""
    word = ctx.group("m") or ""
    if ctx.month is not None and ctx.match.group().lower().startswith("this"):
        first = latest_month(word, ctx.month, True)
    elif ctx.year is not None:
        first = dt.date(ctx.year - 1, month_number(word), 1)
    else:
        return None
    return Span(first, month_end(first.year, first.month), "relative")


def resolve_month_year(ctx: Context) -> Resolution:
    year, month = int(ctx.group("y") or 0), month_number(ctx.group("m") or "")
    return Span(dt.date(year, month, 1), month_end(year, month))


def resolve_year(ctx: Context) -> Resolution:
    year = int(ctx.group("y") or 0)
    return Span(dt.date(year, 1, 1), dt.date(year, 12, 31))


def resolve_relative_year(ctx: Context) -> Resolution:
    """ "this year" (to P: needs P's day), "the past year", "the last year" (needs P's
    month), "last year" (needs P's year)."""
    which = (ctx.group("which") or "").lower()
    if which == "this":
        published = ctx.published
        return Span(dt.date(published.year, 1, 1), published, "relative") if published else None
    if which == "past" or (which == "last" and ctx.group("the")):  # 12 months before P's
        month = ctx.month
        if month is None:
            return None
        return Span(months_before(month, 12), month - dt.timedelta(days=1), "relative")
    if ctx.year is None:
        return None
    return Span(dt.date(ctx.year - 1, 1, 1), dt.date(ctx.year - 1, 12, 31), "relative")


def resolve_so_far(ctx: Context) -> Resolution:
    """ "so far this year", "so far in 2012", "since the start of the year": 1 January to
    P; "since the start of 2023" as "since 2023"; null without P."""
    if ctx.published is None:
        return None
    if ctx.group("y2"):
        return Span(dt.date(int(ctx.group("y2") or 0), 1, 1), ctx.published, "since")
    year = int(ctx.group("y") or ctx.published.year)
    end = min(ctx.published, dt.date(year, 12, 31))
    return Span(dt.date(year, 1, 1), end, "relative") if year <= end.year else NOT_A_PERIOD


def resolve_relative_month(ctx: Context) -> Resolution:
    """ "this month" (to P: needs P's day), "last month" (needs P's month)."""
    if (ctx.group("which") or "").lower() == "this":
        published = ctx.published
        return Span(month_start(published), published, "relative") if published else None
    if ctx.month is None:
        return None
    first = months_before(ctx.month, 1)
    return Span(first, month_end(first.year, first.month), "relative")


def resolve_past_months(ctx: Context) -> Resolution:
    """ "the past 12 months", "the last five years", "the past decade" (ten years): whole
    months before P's month."""
    month = ctx.month
    if month is None:
        return None
    n = 10 if ctx.group("decade") else count_value(ctx.group("n") or "")
    months = n * (12 if ctx.group("decade") or (ctx.group("unit") or "").lower() == "years" else 1)
    return Span(months_before(month, months), month - dt.timedelta(days=1), "relative")


def resolve_years_average(ctx: Context) -> Resolution:
    """ "above the five-year average", "the average of the last three years": the N years
    before the period stated before, so a change against it runs from their start to
    that period's end."""
    before = previous_span(ctx)
    if before is None:
        return None
    years = count_value(ctx.group("n") or ctx.group("n2") or "")
    start = before[0] - relativedelta(years=years)
    return Span(start, before[0] - dt.timedelta(days=1), "previous", before)


def resolve_same_period_year(ctx: Context) -> Resolution:
    """ "the same period in 2019": the dates stated before, in that year ("of 2020/21":
    in that financial year, which for January to March began the calendar year before)."""
    before = previous_span(ctx)
    if before is None:
        return None
    base = before[0].year - (1 if ctx.group("fy") and before[0].month < 4 else 0)
    start, end = shifted(before[0], before[1], int(ctx.group("y") or 0) - base)
    kind = "previous" if start < before[0] else "following"
    return Span(start, end, kind, before)


WEEK_DAYS = range(4, 9)
"""How many days after its first a stated "week" may end (a working week to nine days)."""


def resolve_the_week(ctx: Context) -> Resolution:
    """ "during the week of action", "over the week": the week stated before (a span of
    five to nine days); otherwise undated here (a week stated later may date it: see
    :func:`pressfacts.statistics.periods.find_period_phrases`)."""
    before = previous_span(ctx)
    if before is None or (before[1] - before[0]).days not in WEEK_DAYS:
        return None
    return Span(before[0], before[1], "same")


def resolve_the_operation(ctx: Context) -> Resolution:
    """ "During the two-day operation", "during the day-long operation" (rule
    ``day_long_the_operation``: one day): the period stated before when it is that long;
    otherwise undated (and a lead-in that leaves its figures undated, not borrowed)."""
    before = previous_span(ctx)
    if before is None or not (ctx.group("n") or ctx.group("dl")):
        return None
    days = {"day": 1, "week": 7, "month": 30}[(ctx.group("unit") or "day").lower()]
    length = 1 if ctx.group("dl") else count_value(ctx.group("n") or "") * days
    if abs((before[1] - before[0]).days + 1 - length) > max(1, length // 10):
        return None
    return Span(before[0], before[1], "same")


def resolve_today(ctx: Context) -> Resolution:
    """P itself ("said today"): an event's day; with no P, no span (as :func:`resolve_day`)."""
    return Span(ctx.published, ctx.published, "day") if ctx.published else NOT_A_PERIOD


def resolve_unfixed(ctx: Context) -> Resolution:
    """A period too vague to date ("a year or so previously", "in recent years")."""
    return None
