"""Parts of a year, runs of years and a year so far, named in words.

Seven named rules of :data:`pressfacts.statistics.period_table.PERIOD_RULES`, each with
its own needs (the words one of which a text must hold for its pattern to be tried):

- ``year_so_far``: "so far this financial year", "since the start of the year", "this
  financial year to date", "in the year to date", "so far in 2024/25": from the first
  day of the (financial) year to P (undated without P), also of a financial year
  stated ("since the start of the 2025/26 financial year"); a report's "year to date" after
  a span stated from that first day to a day before P ends where that span ends;
- ``half_year``: "the first half of 2024" (January to June), "the second half of
  2023/24" (October 2023 to March 2024), "the first half of the year" (of the whole year
  stated just before, else of P's year when that half is over by P; undated otherwise; of
  P's year when "last year" follows in its sentence: ``half_before_last_year``);
- ``years_to``: "the three years to March 2024", "the five years ending December 2023":
  the N × 12 whole months ending with that month; "the three years to 2024": the N
  calendar years ending with that year;
- ``fiscal_year_range``: "between 2021/22 and 2023/24", "from 2019-20 to 2023-24": the
  first day of the first financial year to the last of the second;
- ``fiscal_year_so_far``: "in the 2025/26 financial year so far", "during 2024-25 to date":
  a stated financial year named before "so far" / "to date" runs from its 1 April to P
  while it lasts (the whole year once it is over; undated without P or before it);
- ``month_so_far``: "since the start of the month", "since the beginning of the month":
  from the first day of P's month to P (as "this month"; undated without P);
- ``current_year``: "for the current year" in a release that counts in financial years:
  the whole financial year P falls in (no period in other releases).
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from pressfacts.lexicon.months import MONTH, month_number
from pressfacts.lexicon.number_words import count_value
from pressfacts.statistics.period_future import FUTURE_WORDS
from pressfacts.statistics.period_rules import (
    COUNT,
    NOT_A_PERIOD,
    YEAR,
    Context,
    PeriodRule,
    Resolution,
    Span,
    month_end,
)
from pressfacts.statistics.period_year_parts import year_of_part_before

_FISCAL = rf"(?P<fy1>{YEAR})[/-](?P<fy2>{YEAR}|\d{{2}})\b(?![/-]?\d)"
"""A financial year written with both years: "2024/25", "2023-2024"."""


def fiscal_start(first: str, second: str) -> int | None:
    """The year a written financial year starts in; None when the second year does not
    follow the first ("2019-22")."""
    start, end = int(first), int(second)
    return start if (start + 1) % (100 if end < 100 else 10_000) == end else None


FISCAL_WORDING = re.compile(
    rf"(?<![/-]){_FISCAL}|\bfinancial\s+year\b",
    re.I,
)
"""Words that say a release counts in financial years: a financial year written with
both years ("2024/25", "Q3 2023-24") or "financial year"."""
_FISCAL_REACH = 3000
"""How far back (characters) a release's financial-year wording is looked for."""


def states_fiscal_years(text: str, end: int) -> bool:
    """Whether ``text`` before ``end`` counts in financial years (:data:`FISCAL_WORDING`):
    its bare "Q1" and "year to date" are then of the financial year (April to March)."""
    return FISCAL_WORDING.search(text, max(0, end - _FISCAL_REACH), end) is not None


_QUARTER_YEAR = re.compile(
    rf"\b(?:Q[1-4]|quarter(?:\s+of)?)\s+(?:the\s+)?(?:(?P<fiscal>{_FISCAL}|(?:this\s+|current\s+)?"
    rf"financial\s+year)|{YEAR}\b)",
    re.I,
)
"""A quarter given with its year: "Q3 2025/26", "the second quarter of this financial
year" (a financial quarter), "the first quarter of 2025" (a calendar one)."""


def quarters_fiscal(text: str, end: int) -> bool:
    """Whether the last quarter given with its year in ``text`` before ``end``
    (:data:`_QUARTER_YEAR`) is a financial year's: a bare "Q1" after it is then of the
    financial year too."""
    found = list(_QUARTER_YEAR.finditer(text, max(0, end - _FISCAL_REACH), end))
    return bool(found) and found[-1].group("fiscal") is not None


def _current_fiscal_start(day: dt.date) -> int:
    """The year the financial year holding ``day`` starts in (1 April)."""
    return day.year if day.month >= 4 else day.year - 1


YEAR_SO_FAR = re.compile(
    r"\b(?:so\s+far\s+this\s+(?P<fin>financial\s+)?year|(?:so\s+far\s+in|since\s+the\s+"
    r"(?:start|beginning)\s+of(?:\s+the)?)\s+" + _FISCAL + r"(?:\s+financial\s+year)?"
    r"|since\s+the\s+(?:start|beginning)\s+of\s+the\s+(?P<fin2>financial\s+)?year"
    r"|this\s+(?P<fin3>financial\s+)?year\s+(?:so\s+far|to\s+date)"
    r"|(?:(?:in|during|over)\s+)?(?:the\s+)?(?P<fin4>financial\s+)?year[-\s]to[-\s]date)",
    re.I,
)
"""A year up to P: "so far this financial year", "since the start of the year", "this
year to date", "in the financial year to date", "the year-to-date", and a stated financial
year so far ("so far in 2024/25", "since the start of the 2025/26 financial year", "since
the beginning of 2024-25": from its 1 April to P); not "the start of the year" alone (no
"since"), nor "at the start of the 2025/26 financial year" (a day)."""


_TO_DATE = re.compile(r"to[-\s]date", re.I)


def _before(ctx: Context) -> tuple[str, int]:
    """The text and the offset of the match: what :func:`states_fiscal_years` reads."""
    return ctx.match.string, ctx.match.start()


def resolve_year_so_far(ctx: Context) -> Resolution:
    """From the first day of the (financial) year to P; undated without P. "Year to
    date" with no "financial" is of the financial year in a release that counts in
    financial years (:func:`states_fiscal_years`)."""
    published = ctx.published
    if published is None:
        return None
    if ctx.group("fy1"):
        start_year = fiscal_start(ctx.group("fy1") or "", ctx.group("fy2") or "")
        if start_year is None:
            return NOT_A_PERIOD
        start = dt.date(start_year, 4, 1)
    elif (
        ctx.group("fin")
        or ctx.group("fin2")
        or ctx.group("fin3")
        or ctx.group("fin4")
        or (_TO_DATE.search(ctx.match.group(0)) and states_fiscal_years(*_before(ctx)))
    ):  # "Year to date" in a release that counts in financial years: that year's
        start = dt.date(_current_fiscal_start(published), 4, 1)
    else:
        start = dt.date(published.year, 1, 1)
    if start > published:
        return NOT_A_PERIOD
    cut_off = _data_cut_off(ctx, start, published)
    return Span(start, cut_off, "explicit") if cut_off else Span(start, published, "relative")


FISCAL_YEAR_SO_FAR = re.compile(
    r"\b(?:(?:in|during|over|for)\s+)?(?:the\s+)?" + _FISCAL + r"(?:\s+financial\s+year)?"
    r"\s+(?:so\s+far|to\s+date|thus\s+far)\b(?!\s+as\b)",
    re.I,
)
"""A stated financial year up to P, its "so far" after it: "in the 2025/26 financial year
so far", "during 2024-25 to date"; not "so far as" (a manner), nor "so far in 2024/25"
(:data:`YEAR_SO_FAR`), nor a financial year alone (the whole year)."""


def resolve_fiscal_year_so_far(ctx: Context) -> Resolution:
    """From the year's 1 April to P while P falls in it; the whole year once P is after
    it; undated without P or when P is before it."""
    start_year = fiscal_start(ctx.group("fy1") or "", ctx.group("fy2") or "")
    published = ctx.published
    if start_year is None:
        return NOT_A_PERIOD
    start, end = dt.date(start_year, 4, 1), dt.date(start_year + 1, 3, 31)
    if published is None or published < start:
        return None
    return Span(start, published, "relative") if published < end else Span(start, end)


_YARDSTICK_KINDS = ("following", "previous", "same")
"""Kinds of the periods counted from the span before them ("the same period last year")."""


def _data_cut_off(ctx: Context, start: dt.date, published: dt.date) -> dt.date | None:
    """The last day of the data a report's "year to date" runs to: the end of the span
    stated last before it (yardsticks counted from a span aside), when that is an explicit
    span that starts on the same first day of the year and ends
    before P ("9,400 crimes in April to September 2026 … The detection rate in the
    financial year to date was 58%", published in November: to 30 September, the
    quarter the report covers); None when no such span was stated ("so far this year",
    or a count running to P)."""
    if not _TO_DATE.search(ctx.match.group(0)):
        return None
    stated = next((f for f in reversed(ctx.found) if f.kind not in _YARDSTICK_KINDS), None)
    if stated is None or stated.kind != "explicit":
        return None
    if stated.start != start or not start < stated.end < published:
        return None
    return stated.end


def _whole_year_before(ctx: Context) -> dt.date | None:
    """The first day of the whole year stated just before "the first half of the year"
    ("In 2023 … in the first half of the year"): the year it points back to; None when
    the phrase says "this", or no whole year was written out (a "last year" before it
    is a yardstick of P's year: "more than the 71 of last year. In the first half of the
    year, …" is this year's half)."""
    previous = ctx.previous
    if previous is None or not (ctx.group("this") or "").lower().startswith("the"):
        return None
    if _LAST_YEAR_AFTER.search(_rest_of_sentence(ctx)):  # rule half_before_last_year
        return None
    if previous.kind != "explicit" or _later_year_of_a_plan(ctx, previous.start):
        return None
    start, end = previous.start, previous.end
    whole = (
        start.day == 1
        and start.month in (1, 4)
        and end == start.replace(year=start.year + 1) - dt.timedelta(days=1)
    )
    return start if whole else None


_SENTENCE_BACK = 200
"""How far back the start of the phrase's sentence is looked for."""

_LAST_YEAR_AFTER = re.compile(r"\blast\s+(?:financial\s+|calendar\s+)?year\b", re.I)
"""A yardstick of P's last year after "the first half of the year" in its sentence ("…
6,830 in the first half of the financial year, compared with 5,902 in the same period
last year"): "last year" counts back from P, so the half is of P's year, not of a year
stated before (rule ``half_before_last_year``)."""


def _rest_of_sentence(ctx: Context) -> str:
    """The text from the end of the match to the end of its sentence (at most 200 characters)."""
    text, end = ctx.match.string, ctx.match.end()
    rest = text[end : end + _SENTENCE_BACK]
    stop = re.search(r"[.!?](?:\s|$)|\n", rest)
    return rest[: stop.start()] if stop else rest


def _later_year_of_a_plan(ctx: Context, start: dt.date) -> bool:
    """Whether the year stated before begins after P ("… £250,000 … next year") while the
    sentence of "the first half of the year" tells of what has been done ("has trained 1,150
    … in the first half of the year"): a plan's year, not the one the half is of."""
    published = ctx.published
    if published is None or start <= published:
        return False
    text, at = ctx.match.string, ctx.match.start()
    opening = max(text.rfind(". ", max(0, at - _SENTENCE_BACK), at), text.rfind("\n", 0, at))
    return not FUTURE_WORDS.search(text, max(opening, 0), ctx.match.end())


_TO_AN_END = (
    rf"\s+to\s+(?:the\s+)?(?:end\b|date\b|now\b|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}|{MONTH})"
)
"""A "to" giving a year its end ("the year to March", "the year to 31 March", "the year to
date", "the year to the end of June"), not one opening a figure ("… to 41 in …")."""

HALF_YEAR = re.compile(
    rf"\b(?:the\s+)?(?P<which>first|second|latter)\s+half\s+of\s+(?:(?P<y>{YEAR})\b(?![/-]\d)|"
    rf"{_FISCAL}|(?P<this>(?:this|the|last)\s+(?:financial\s+|calendar\s+)?year)\b"
    rf"(?!\s+(?:ending|before|\d)|{_TO_AN_END}))",
    re.I,
)
"""A half of a year: "the first half of 2024", "the second half of 2023/24", "the first
half of the year", "the latter half of last year"; not "half of all reports" (no
"first"/"second"), nor "the first half of the year to March" (a span of its own: a "to"
with an end, :data:`_TO_AN_END`). Rule ``half_year_to_figure``: "to" and a figure after the
half ("fell from 58 in the first half of last year to 41 in …") opens the later end of a
change, not an end of the year: still the half (before, read as the whole of "last
year")."""


def resolve_half_year(ctx: Context) -> Resolution:
    """Six whole months of the year named, from January (a calendar year) or April (a
    financial year). A year not written is the whole year stated just before ("In 2021
    … the first half of the year"), else the year of a part of one year stated just before
    in its sentence, which "the year" is compared with (rule ``part_of_year_compared``: "in
    the second half of 2025 compared with the first half of the year"), else P's ("last
    year": the one before), the year before when that half has not begun by P, cut at P
    while it runs."""
    second = (ctx.group("which") or "").lower() in ("second", "latter")
    months = relativedelta(months=6 if second else 0)
    if ctx.group("y"):
        return _half(dt.date(int(ctx.group("y") or 0), 1, 1) + months, "explicit")
    if ctx.group("fy1"):
        start_year = fiscal_start(ctx.group("fy1") or "", ctx.group("fy2") or "")
        if start_year is None:
            return NOT_A_PERIOD
        return _half(dt.date(start_year, 4, 1) + months, "explicit")
    stated = _whole_year_before(ctx)
    if stated is not None:
        return _half(stated + months, "explicit")
    which = (ctx.group("this") or "").lower()
    financial = "financial" in which
    compared = year_of_part_before(ctx) if which.startswith("the") and not financial else None
    if compared is not None:  # rule part_of_year_compared: "… of 2025 compared with the first half"
        return _half(dt.date(compared, 1, 1) + months, "explicit")
    published = ctx.published
    if published is None:
        return None
    year = _current_fiscal_start(published) if financial else published.year
    if which.startswith("last"):
        year -= 1
    start = dt.date(year, 4 if financial else 1, 1) + months
    if start > published:
        start -= relativedelta(years=1)
    return _half(start, "relative", published)


def _half(start: dt.date, kind: str, published: dt.date | None = None) -> Span:
    """The six months from ``start``, cut at ``published`` while they run."""
    end = start + relativedelta(months=6) - dt.timedelta(days=1)
    return Span(start, min(end, published) if published else end, kind)


YEARS_TO = re.compile(
    rf"\bthe\s+(?:(?P<n>{COUNT})\s+years|(?P<decade>decade))\s+(?:to|ending|up\s+to)\s+"
    rf"(?:the\s+end\s+of\s+)?"
    rf"(?:(?P<m>{MONTH})\s+)?(?P<y>{YEAR})\b(?![/-]?\d)",
    re.I,
)
"""Years counted back from a month: "the three years to March 2024", or from a year's end:
"the three years to 2024" (2022 to 2024 whole); "the decade to 2024" (ten years); not "the
year to March 2024" (one year: ``year_to``), not "the three years to 2024/25"."""


def resolve_years_to(ctx: Context) -> Resolution:
    """The N × 12 whole months ending with the month named (December without one)."""
    years = 10 if ctx.group("decade") else count_value(ctx.group("n") or "")
    if not 2 <= years <= 20:
        return NOT_A_PERIOD
    named = ctx.group("m")
    month = month_number(named) if named else 12
    end = month_end(int(ctx.group("y") or 0), month)
    start = end.replace(day=1) - relativedelta(months=12 * years - 1)
    return Span(start, end)


FISCAL_YEAR_RANGE = re.compile(
    rf"\b(?:between|from)\s+(?P<a1>{YEAR})[/-](?P<a2>{YEAR}|\d{{2}})\s+(?:and|to|until)\s+"
    rf"(?P<b1>{YEAR})[/-](?P<b2>{YEAR}|\d{{2}})\b(?![/-]?\d)",
    re.I,
)
"""A run of financial years: "between 2021/22 and 2023/24"; not "between 2021 and 2023"
(calendar years: ``year_range``)."""


def resolve_fiscal_year_range(ctx: Context) -> Resolution:
    """From 1 April of the first financial year to 31 March after the second."""
    first = fiscal_start(ctx.group("a1") or "", ctx.group("a2") or "")
    last = fiscal_start(ctx.group("b1") or "", ctx.group("b2") or "")
    if first is None or last is None or last < first:
        return NOT_A_PERIOD
    return Span(dt.date(first, 4, 1), dt.date(last + 1, 3, 31))


CURRENT_YEAR = re.compile(r"\b(?:for|in|during|over|throughout)\s+the\s+current\s+year\b", re.I)
"""The year a release is in, by name: "for the current year"."""


def resolve_current_year(ctx: Context) -> Resolution:
    """In a release that counts in financial years (:func:`states_fiscal_years`), the
    whole financial year P falls in ("£450,000 … for the current year" of a 2025/26
    report published in July 2026: 2026/27); no period otherwise (the words are left to
    the rules before)."""
    published = ctx.published
    if published is None or not states_fiscal_years(*_before(ctx)):
        return NOT_A_PERIOD
    start = dt.date(_current_fiscal_start(published), 4, 1)
    return Span(start, dt.date(start.year + 1, 3, 31), "relative")


MONTH_SO_FAR = re.compile(
    r"\bsince\s+the\s+(?:start|beginning)\s+of\s+the\s+month\b(?!['’]|\s+of\b)", re.I
)
"""P's month so far: "since the start of the month", "since the beginning of the month"; not
"since the start of the month of May" (a month named: ``since_month_start``) nor "the start of
the month" without "since" (a day)."""


def resolve_month_so_far(ctx: Context) -> Resolution:
    """From the first day of P's month to P; undated without P."""
    published = ctx.published
    if published is None:
        return None
    return Span(published.replace(day=1), published, "relative")


PART_RULES: tuple[PeriodRule, ...] = (
    PeriodRule(
        "year_so_far",
        YEAR_SO_FAR,
        resolve_year_so_far,
        needs=("so far", "start of", "beginning of", "to date", "to-date"),
    ),
    PeriodRule(
        "fiscal_year_so_far",
        FISCAL_YEAR_SO_FAR,
        resolve_fiscal_year_so_far,
        needs=("so far", "to date", "thus far"),
    ),
    PeriodRule(
        "month_so_far", MONTH_SO_FAR, resolve_month_so_far, needs=("start of", "beginning of")
    ),
    PeriodRule("half_year", HALF_YEAR, resolve_half_year, needs=("half of",)),
    PeriodRule(
        "years_to",
        YEARS_TO,
        resolve_years_to,
        needs=("years to", "years ending", "years up to", "decade to", "decade ending"),
    ),
    PeriodRule(
        "fiscal_year_range", FISCAL_YEAR_RANGE, resolve_fiscal_year_range, needs=("between", "from")
    ),
    PeriodRule("current_year", CURRENT_YEAR, resolve_current_year, needs=("current year",)),
)
"""The rules of this module, with their needs (the period table adds them)."""
