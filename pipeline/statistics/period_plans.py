"""Spans of a plan: "over the next three years … by March 2028", and deadlines.

Two named rules of :data:`pressfacts.statistics.period_table.PERIOD_RULES`, each with its
needs (the words one of which a text must hold for its pattern to be tried):

- ``next_units_by``: "over the next three years, … by March 2028": the N whole years
  (or months) ending with the month the sentence sets as the plan's end ("£52m over the
  next three years, paying for 450 officers by March 2028": April 2025 to March 2028).
  Without such an end "the next three years" stays as the ``following`` rule reads it.
- ``next_units_starting``: "£1.4m over the next three years" with the month it starts
  stated in the same or the next sentence ("The funding, which starts in July, …"): the N
  whole years (or months) from that month (of the year stated; else this year's when it is
  P's month or later, else next year's: a start still to come).
- ``programme_units_dated``: "over the two-year programme" with its dates ("between April
  2026 and March 2028") in the same or the next sentence: the N whole years (or months)
  from the first month stated.
- ``next_year``: "made available next year": the calendar year after P (as "last year"
  is the one before it); not "by next year" (a deadline), nor "next year's" (a possessive).
- ``the_next_year``: "over the next year", "during the coming year": the 12 whole months
  after P's month (as "over the next 12 months" of ``next_from_publication``), not the
  calendar or financial year after P that bare "next year" names; not "within the next
  year" (a horizon), "the next year or two", nor "the next year's" (a possessive).
- ``by_deadline``: "by March 2028", "by the end of June 2026": the date a plan is to be
  done by, an event's day (the kind ``day``, which no figure takes), not a span the
  figures of its sentence cover; a month over by P after a span its sentence stated ("Of
  those who joined between May 2021 and June 2022, 12 had left by March 2024") is a
  tally from that span's start to the month's end.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from dateutil.relativedelta import relativedelta

from pressfacts.findings import PeriodFinding
from pressfacts.lexicon.months import MONTH, month_number
from pressfacts.lexicon.number_words import count_value
from pressfacts.statistics.period_budget_years import budget_year
from pressfacts.statistics.period_rules import (
    COUNT,
    NOT_A_PERIOD,
    YEAR,
    Context,
    PeriodRule,
    Resolution,
    Span,
    month_end,
    whole_months_after,
)

_BY_MONTH = rf"\bby\s+(?:the\s+end\s+of\s+)?(?P<m>{MONTH})\s+(?P<y>{YEAR})\b"
NEXT_UNITS_BY = re.compile(
    rf"\b(?:(?:over|in|during|across)\s+)?the\s+(?:next|coming)\s+(?P<n>{COUNT})\s+"
    rf"(?P<unit>years|months)\b(?=[^.;:]{{0,120}}?{_BY_MONTH})",
    re.I,
)
"""The plan's length, with its end set later in the sentence ("over the next three
years, paying for … by March 2028")."""
_STARTS_IN = (
    r"\b(?:starts|begins|will\s+(?:start|begin)|is\s+(?:due|set)\s+to\s+(?:start|begin))\s+"
    rf"(?:in\s+)?(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?\b"
)
NEXT_UNITS_PHRASE = (
    rf"\b(?:over|during|across|for)\s+the\s+(?:next|coming)\s+(?P<n>{COUNT})\s+"
    r"(?P<unit>years|months)\b"
)
"""A plan's length with its preposition: "over the next three years"."""
NEXT_UNITS_STARTING = re.compile(
    NEXT_UNITS_PHRASE
    + rf"(?=(?:[^.!?]{{0,200}}[.!?]\s+(?:[^.!?]{{0,80}}?)?|[^.!?]{{0,200}}?){_STARTS_IN})",
    re.I,
)
"""The plan's length with its start in the same or the next sentence ("over the next three
years … . The funding, which starts in July, …"); not "over the next three years" alone,
nor "arrests started to fall in July" (no start of the plan)."""
PROGRAMME_UNITS_PHRASE = (
    rf"\b(?:over|during|across|for|throughout)\s+(?:the|its|their|this)\s+(?P<n>{COUNT})[-\s]"
    r"(?P<unit>year|month)\s+(?:programme|scheme|project|fund|pilot|initiative|grant|contract)\b"
)
"""A programme's length with its preposition: "over the two-year programme"."""
PROGRAMME_UNITS_DATED = re.compile(
    PROGRAMME_UNITS_PHRASE
    + r"(?=(?:[^.!?]{0,200}[.!?]\s+(?:[^.!?]{0,200}?)?|[^.!?]{0,200}?)"
    + rf"\b(?:between|from)\s+(?P<m>{MONTH})\s+(?P<y>{YEAR})\s+(?:and|to)\s+{MONTH}\s+{YEAR}\b)",
    re.I,
)
"""The programme's length with its dates in the same or the next sentence ("over the
two-year programme. The money will be spent between April 2026 and March 2028"); not "over
the two-year programme" alone (no start to count from)."""
BY_DEADLINE = re.compile(_BY_MONTH, re.I)
"""A month and year a plan is to be done by: "by March 2028"."""
NEXT_YEAR = re.compile(r"(?<!\bby\s)\bnext\s+year\b(?!['’]s)", re.I)
"""The calendar year after P: "a further £40,000 will be made available next year"."""
THE_NEXT_YEAR = re.compile(
    r"\b(?:over|in|during|across|throughout)\s+the\s+(?:(?:next|coming)\s+year|year\s+ahead)\b"
    r"(?!['’]s|\s+(?:or|and|to)\b)",
    re.I,
)
"""Rule ``the_next_year``: the year to come as a span from P ("would spend £90,000 on
lighting over the next year", "in the year ahead"): the 12 whole months after P's month."""


def resolve_next_units_by(ctx: Context) -> Resolution:
    """The N whole years or months ending with the end month set after the phrase."""
    n = count_value(ctx.group("n") or "")
    years = (ctx.group("unit") or "").lower() == "years"
    if not 1 <= n <= (10 if years else 36):
        return NOT_A_PERIOD
    end = month_end(int(ctx.group("y") or 0), month_number(ctx.group("m") or ""))
    step = relativedelta(years=n) if years else relativedelta(months=n)
    return Span(end + dt.timedelta(days=1) - step, end)


def resolve_next_units_starting(ctx: Context) -> Resolution:
    """The N whole years or months from the first day of the month the plan starts."""
    n = count_value(ctx.group("n") or "")
    years = (ctx.group("unit") or "").lower() == "years"
    if not 1 <= n <= (10 if years else 36):
        return NOT_A_PERIOD
    years = years or (ctx.group("unit") or "").lower() == "year"  # "two-year programme"
    number = month_number(ctx.group("m") or "")
    stated, month = ctx.group("y"), ctx.month
    if stated:
        first = dt.date(int(stated), number, 1)
    elif month is None:
        return None
    else:
        first = dt.date(month.year + (0 if number >= month.month else 1), number, 1)
    step = relativedelta(years=n) if years else relativedelta(months=n)
    return Span(first, first + step - dt.timedelta(days=1))


def resolve_next_year(ctx: Context) -> Resolution:
    """The calendar year after P (the next financial year in a budget's sentence:
    :func:`~.period_budget_years.budget_year`); None when P is unknown."""
    budget = budget_year(ctx, "next")
    if budget is not None:
        return budget
    published = ctx.published
    if published is None:
        return None
    return Span(dt.date(published.year + 1, 1, 1), dt.date(published.year + 1, 12, 31))


def resolve_the_next_year(ctx: Context) -> Resolution:
    """Rule ``the_next_year``: the 12 whole months after P's month; None without P."""
    if ctx.month is None:
        return None
    start, end = whole_months_after(ctx.month, 12)
    return Span(start, end, "relative")


def resolve_by_deadline(ctx: Context) -> Resolution:
    """The last day of the month a plan is to be done by, as an event's day; a past month
    after a span its sentence stated before it is a tally since then (:func:`_tally_by`)."""
    year, month = int(ctx.group("y") or 0), month_number(ctx.group("m") or "")
    end = month_end(year, month)
    tally = _tally_by(ctx, end)
    if tally is None and _reached_by(ctx, end):  # by_month_level
        return Span(dt.date(year, month, 1), end)
    return tally or Span(end, end, "day")


BY_MONTH_LEVEL = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))By\s+[^.;]{0,60}?\b(?:had|stood|numbered)\b(?!\s+to\b)"
)
"""Rule ``by_month_level``: a sentence opened by "By" and a month already over by P, whose
clause then says what a count "had" come to or "stood" at ("By March 2026 that had fallen to
171", "By June 2025, the force had 3,100 officers"): the level held in that month, the
month whole, as "at the end of March" is; not "The force aims to recruit 200 officers by
March 2026" (a deadline inside the sentence), "By March 2028 it will have 200" (no "had";
a month still to come)."""


def _reached_by(ctx: Context, end: dt.date) -> bool:
    """Whether the "by" month of ``ctx`` opens its sentence and states a level it had
    reached, in a month over by P (:data:`BY_MONTH_LEVEL`)."""
    published = ctx.published
    if published is None or end > published:
        return False
    return BY_MONTH_LEVEL.match(ctx.match.string, ctx.match.start()) is not None


_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")


def _tally_by(ctx: Context, end: dt.date) -> Span | None:
    """ "Of the 90 recruits who joined between May 2021 and June 2022, 12 had left by the
    end of March 2024": from the start of the span stated before in the same sentence to
    the end of the month named, when that month is over by P and after that span."""
    before = ctx.previous
    published = ctx.published
    if before is None or published is None or not before.end < end <= published:
        return None
    if _SENTENCE_BREAK.search(ctx.match.string, before.end_char, ctx.match.start()):
        return None
    return Span(before.start, end, TALLY)


TALLY = "tally"
"""The kind of a tally's span (:func:`_tally_by`), which :func:`tally_over` prefers."""


def tally_over(nearest: PeriodFinding, periods: Sequence[PeriodFinding], at: int) -> PeriodFinding:
    """For a figure at ``at`` after ``nearest`` (a span its sentence stated) and before a
    tally from that span's start ("Of the 80 who joined in 2022, 12 had left by the end of
    June 2024"), the tally; else ``nearest``."""
    if nearest.end_char > at:
        return nearest
    return next(
        (p for p in periods if p.kind == TALLY and p.start == nearest.start and p.start_char > at),
        nearest,
    )


PLAN_RULES: tuple[PeriodRule, ...] = (
    PeriodRule("next_units_by", NEXT_UNITS_BY, resolve_next_units_by, needs=("next", "coming")),
    PeriodRule(
        "next_units_starting",
        NEXT_UNITS_STARTING,
        resolve_next_units_starting,
        needs=("starts", "begins", "start", "begin"),
    ),
    PeriodRule(
        "programme_units_dated",
        PROGRAMME_UNITS_DATED,
        resolve_next_units_starting,
        needs=("programme", "scheme", "project", "fund", "pilot", "initiative", "grant"),
    ),
    PeriodRule(
        "the_next_year",
        THE_NEXT_YEAR,
        resolve_the_next_year,
        needs=("next year", "coming year", "year ahead"),
    ),
    PeriodRule("next_year", NEXT_YEAR, resolve_next_year, needs=("next year",)),
    PeriodRule("by_deadline", BY_DEADLINE, resolve_by_deadline, needs=("by ",)),
)
"""The rules of this module, with their needs (the period table adds them)."""
