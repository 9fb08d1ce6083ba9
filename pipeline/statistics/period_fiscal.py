"""Period resolvers for spans counted in whole months: financial-year parts and "N months to".

Each is the resolver of one named rule of
:data:`pressfacts.statistics.period_table.PERIOD_RULES`:

- ``fiscal_quarter``: "the first quarter of 2024/25", "Q3 2022/23", "the second quarter
  of this financial year": a quarter of the UK financial year (April to March), so Q1 is
  April to June, not the calendar quarter;
- ``fiscal_first_months``: "the first 11 months of the current financial year", "the
  first six months of 2023/24": from 1 April, that many whole months; a span that would
  end after P is a forecast (undated), and a financial year named relative to P is
  undated without P's month;
- ``months_to``: "the six months to September 2024", "the three months ending March":
  the N whole months ending with that month (without a year, the latest such month
  before P's month; undated without it);
- ``financial_year_pair``: "in 2025/26 and 2026/27", "2023-24 to 2024-25": two financial
  years joined, one span from the first's 1 April to the second's 31 March;
- ``past_financial_years``: "the past three financial years": the N whole financial years
  before P's (P's own is not over); ``next_financial_years``: "the next two financial
  years", the N after P's;
- ``financial_year_named``: "this/next/last financial year" relative to P; "the previous
  financial year" right after a comparison word ("6% fewer than in the previous financial
  year") after a stated financial year is the one before that (its yardstick), so a
  change spans both (:func:`resolve_named_financial_year`); so is one in a later sentence
  when, read against P, it would be that very year (``previous_financial_year_not_itself``).
- ``year_starting_day``: "the year starting 1 April", "the financial year beginning on 1
  April 2026": the twelve months from that day; without a year, the next such day when
  its sentence speaks of it as to come ("will rise … in the year starting 1 April"), else
  the latest not after P (:func:`resolve_year_starting_day`);
- ``fiscal_year_to_month``: "the 2025/26 financial year to the end of February": from the
  year's 1 April to the end of that month;
- ``baseline_quarter``: "compared with the first", "on the previous quarter", "than in
  the second quarter" right after a quarter: the earlier quarter of the same year a
  change is held against (its yardstick), so the change spans both; after a half of a
  year ("in the second half of 2025 compared with the first"), the earlier half.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from pressfacts.findings import PeriodFinding
from pressfacts.lexicon.months import MONTH, month_number
from pressfacts.lexicon.number_words import count_value
from pressfacts.statistics.period_future import to_come
from pressfacts.statistics.period_rules import (
    COUNT,
    NOT_A_PERIOD,
    QUARTER_NUMBERS,
    YEAR,
    Context,
    PeriodRule,
    Resolution,
    Span,
    compile_rule,
    month_end,
    months_before,
    quarter_number,
    resolve_financial_year_named,
)

_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4, "latter": 4
}  # fmt: skip
_OFFSETS = {"next": 1, "coming": 1, "last": -1, "previous": -1}
"""How far from P's financial year a named one lies ("this"/"current": 0)."""


_COMPARED_BEFORE = re.compile(
    r"(?:\bthan(?:\s+(?:in|during|for))?|\bon|\bcompared\s+(?:with|to)|\bagainst|"
    r"(?:\bcompared\s+(?:with|to)|\b(?:up|down)\s+from)\s+£?[\d,.]+[%mk]?(?:\s+[a-z-]+){0,2}?"
    r"\s+(?:in|during|for)|\bfrom\s+£?[\d,.]+[%mk]?(?:\s+[a-z-]+){0,2}?)\s+$",
    re.I,
)
"""A comparison right before "the previous financial year": "than in", "on", or one with
the earlier level between ("compared with 11 in", "up from 40 cases in"), or a level it
rose or fell from with no preposition ("rose to 286 in 2025/26, from 219 the previous
financial year")."""
COMPARED_REACH = 48
"""How far before "the previous financial year" its comparison (:data:`_COMPARED_BEFORE`)
may start (rule ``previous_financial_year_compared_level``): long enough for one with the
earlier level and its noun between ("compared with 1,684 in", "up from 2,310 offences in",
23 and 28 characters; a window of 20 read "than in" and "on" only, so "…, compared with
1,684 in the previous financial year" was left undated)."""
_SENTENCE_END = re.compile(r"[.!?][\"'”’]?\s+(?!(?:That|This|It)\s+(?:is|was)\s)[A-Z]")
"""A sentence ending between the stated year and the phrase; not before a sentence that
points back to it ("… in 2025/26. That is up from 11 in the previous financial year")."""
_REACH = 240
"""How far before the phrase the financial year it is compared with may be stated, in the
same sentence (rule ``previous_financial_year_reach``): an opening "In the 2025/26 financial
year, officers recovered 318 stolen vehicles across … and returned 212 vehicles to farmers,
up from 147 the previous financial year" states it well before the comparison."""
FIGURES_POINT_BACK = re.compile(
    r"(?:The|These|Those|Its|Their)\s+(?:\w+\s+)?(?:figures|statistics|data|numbers)\b"
)
"""A sentence opening on the figures just stated (rule ``previous_financial_year_of_figures``):
"… in 2024/25. The figures, published by …, show reports rose by 8% on the previous financial
year": the sentence before states the year that "previous" counts back from."""
_NEXT_SENTENCE_REACH = 400
"""How far before the phrase a financial year the sentence before states may be."""


def _figures_point_back(text: str, stated_end: int, start: int) -> bool:
    """The phrase at ``start`` stands in the sentence right after the one stating the
    financial year (ending at ``stated_end``), and that sentence opens on the figures
    (:data:`FIGURES_POINT_BACK`, rule ``previous_financial_year_of_figures``)."""
    if not 0 <= start - stated_end <= _NEXT_SENTENCE_REACH:
        return False
    ends = list(_SENTENCE_END.finditer(text, stated_end, start))
    return len(ends) == 1 and bool(FIGURES_POINT_BACK.match(text, ends[0].end() - 1))


def resolve_named_financial_year(ctx: Context) -> Resolution:
    """ "the next financial year" relative to P; "fewer than in the previous financial
    year" right after a stated financial year (within :data:`_REACH` characters, in the
    same sentence, or in the next sentence when that opens on the figures:
    :func:`_figures_point_back`): the one before it, so the change covers both."""
    before = ctx.previous
    start = ctx.match.start()
    text = ctx.match.string
    named = resolve_financial_year_named(ctx)
    if (
        (ctx.group("which") or "").lower() == "previous"
        and before is not None
        and (before.start.month, before.start.day, before.end.month, before.end.day)
        == (4, 1, 3, 31)
        and before.end.year == before.start.year + 1
        and (
            (
                0 <= start - before.end_char <= _REACH
                and _SENTENCE_END.search(text, before.end_char, start) is None
            )
            or _figures_point_back(text, before.end_char, start)
            or _itself(named, before)
        )
        and _COMPARED_BEFORE.search(text, max(0, start - COMPARED_REACH), start)
    ):
        first = before.start.year - 1
        span = (before.start, before.end)
        return Span(dt.date(first, 4, 1), dt.date(first + 1, 3, 31), "previous", span)
    return named


def _itself(named: Resolution, before: PeriodFinding) -> bool:
    """Rule ``previous_financial_year_not_itself``: "the previous financial year" read
    against P would be the very year stated before, however far back ("… 2,870 vehicles in
    2025/26. … Reports rose by 12% on the previous financial year", published in May 2026):
    a year is never compared with itself, so it is the one before the stated year."""
    return isinstance(named, Span) and (named.start, named.end) == (before.start, before.end)


BASELINE_QUARTER = (
    r"\b(?:compared\s+(?:with|to)|than(?:\s+in)?|against|on)\s+the\s+(?P<bq>first|second|"
    r"third|previous|preceding|prior)(?:\s+(?P<qw>quarter)\b(?!\s+of\b)|(?=\s*[,.;)]|\s+(?:and|but)\b))"
)
"""A quarter compared with: "compared with the first", "on the previous quarter"; not
"compared with the first six months" or "than the first time" (no quarter), nor "than in the
first quarter of 2025" (a quarter named with its year: rule ``quarter``'s, rule
``baseline_quarter_of_year``)."""
BASELINE_QUARTER_LEAD = "ctao"
_LAST_ORDINAL = re.compile(
    r"\b(?:Q(?P<q>[1-4])|(?P<ord>first|second|third|fourth|final|last|latter)|"
    r"(?<=quarter\s)(?P<qw>one|two|three|four|[1-4]))\b",
    re.I,
)


def resolve_baseline_quarter(ctx: Context) -> Resolution:
    """The quarter a change is held against, counted back from the quarter stated just
    before (``ctx.previous``, not another yardstick): "the previous quarter" the three
    months before it; "the first" the first quarter of its year. Not a period when the
    period stated before is no quarter."""
    last = ctx.previous
    if last is None:
        return NOT_A_PERIOD
    months = _PART_MONTHS.get(_whole_months(last.start, last.end), 0)
    if months == 0 or (months == 6 and ctx.group("qw")):
        return NOT_A_PERIOD  # no quarter or half stated before, or a half "on the … quarter"
    word = (ctx.group("bq") or "").lower()
    if word in _ORDINALS:
        stated = _LAST_ORDINAL.search(ctx.match.string, last.start_char, last.end_char)
        if stated is None:
            return NOT_A_PERIOD
        at = QUARTER_NUMBERS[
            (stated.group("q") or stated.group("ord") or stated.group("qw")).lower()
        ]
        at = min(at, 12 // months)  # "the latter half": the second of two
        back = at - _ORDINALS[word]
        if back <= 0:
            return NOT_A_PERIOD
    else:
        back = 1
    start = last.start - relativedelta(months=months * back)
    return Span(start, start + relativedelta(months=months) - dt.timedelta(days=1), "baseline")


_PART_MONTHS = {3: 3, 6: 6}
"""The parts of a year a bare "compared with the first" can point back within: a quarter
("in the second quarter, compared with the first") or a half ("in the second half of
2025 compared with the first")."""


def _whole_months(start: dt.date, end: dt.date) -> int:
    """How many whole months run from ``start`` to ``end``; 0 when not whole months."""
    for months in _PART_MONTHS:
        if start + relativedelta(months=months) - dt.timedelta(days=1) == end:
            return months
    return 0


def _fiscal_first_year(ctx: Context) -> tuple[int | None, bool]:
    """The calendar year the financial year of the match starts in, and whether it was
    named relative to P ("this financial year"); None when it cannot be fixed (no P), or
    -1 when the stated "2019-22" is no financial year."""
    if ctx.group("y1"):
        first, second = int(ctx.group("y1") or 0), int(ctx.group("y2") or 0)
        if (first + 1) % (100 if second < 100 else 10_000) != second:
            return -1, False
        return first, False
    month = ctx.month
    if month is None:
        return None, True
    current = month.year if month.month >= 4 else month.year - 1
    which = (ctx.group("which") or "this").lower()
    return current + _OFFSETS.get(which, 0), True


def _fiscal_span(ctx: Context, first_month: int, months: int) -> Resolution:
    """``months`` whole months from month ``first_month`` (1 = April) of the financial
    year of the match; a span named relative to P that ends after P is undated."""
    first_year, relative = _fiscal_first_year(ctx)
    if first_year is None:
        return None
    if first_year < 0:
        return NOT_A_PERIOD
    start = dt.date(first_year, 4, 1) + relativedelta(months=first_month - 1)
    end = start + relativedelta(months=months) - dt.timedelta(days=1)
    if relative and (ctx.latest is None or end > ctx.latest):
        return None  # a forecast, or a part not yet over
    return Span(start, end, "relative" if relative else "explicit")


def resolve_fiscal_quarter(ctx: Context) -> Resolution:
    """ "the first quarter of 2024/25" (1 April to 30 June 2024), "Q4 2022/23" (January
    to March 2023), "quarter two of 2025/26", "the second quarter of this financial year"
    (P's, when over)."""
    return _fiscal_span(ctx, 3 * quarter_number(ctx) - 2, 3)


def resolve_fiscal_first_months(ctx: Context) -> Resolution:
    """ "the first 11 months of the current financial year": from 1 April, N months."""
    n = count_value(ctx.group("n") or "")
    if not 1 <= n <= 12:
        return NOT_A_PERIOD
    return _fiscal_span(ctx, 1, n)


def resolve_months_to(ctx: Context) -> Resolution:
    """ "the six months to September 2024": the N whole months ending with that month;
    without a year, the latest such month before P's month (undated without P)."""
    n = count_value(ctx.group("n") or "")
    if not 1 <= n <= 36:
        return NOT_A_PERIOD
    return months_ending(ctx, n)


def months_ending(ctx: Context, n: int) -> Resolution:
    """The ``n`` whole months ending with the month of group ``m`` (of group ``y``); without
    a year, the latest such month before P's month; undated without either."""
    month = month_number(ctx.group("m") or "")
    if ctx.group("y"):
        year = int(ctx.group("y") or 0)
    elif ctx.month is not None:
        year = ctx.month.year - (month >= ctx.month.month)
    else:
        return None
    end = month_end(year, month)
    return Span(months_before(end, n - 1), end)


def _financial_year_start(first: str | None, second: str | None) -> int | None:
    """The year a stated financial year ("2025/26", "2025/2026") starts in; None when the
    second year is not the next one."""
    start, end = int(first or 0), int(second or 0)
    return start if (start + 1) % (100 if end < 100 else 10_000) == end else None


def resolve_financial_year_pair(ctx: Context) -> Resolution:
    """ "2025/26 and 2026/27": 1 April 2025 to 31 March 2027 (the pattern holds only
    consecutive years: the second starts in the year the first ends)."""
    first = _financial_year_start(ctx.group("y1"), ctx.group("y2") or ctx.group("y2l"))
    if first is None:
        return NOT_A_PERIOD
    return Span(dt.date(first, 4, 1), dt.date(first + 2, 3, 31))


_JOIN = r"\s+(?:and|to|until|[-–])\s+"


def resolve_past_financial_years(ctx: Context) -> Resolution:
    """ "the last two financial years": the N whole financial years before the one P's
    month lies in; "the next two financial years": the N after it (undated without P)."""
    n = count_value(ctx.group("n") or "")
    month = ctx.month
    if month is None:
        return None
    if not 1 <= n <= 20:
        return NOT_A_PERIOD
    current = month.year if month.month >= 4 else month.year - 1
    if (ctx.group("which") or "").lower() in ("next", "coming"):
        return Span(dt.date(current + 1, 4, 1), dt.date(current + 1 + n, 3, 31), "relative")
    return Span(dt.date(current - n, 4, 1), dt.date(current, 3, 31), "relative")


def resolve_year_starting_day(ctx: Context) -> Resolution:
    """ "the year starting 1 April": from that day to the day before it a year later; the
    year as stated, else fixed by P (the next such day for a span spoken of as to come,
    else the latest not after P); undated without P."""
    month, day = month_number(ctx.group("m") or ""), int(ctx.group("d") or 0)
    published = ctx.published
    if ctx.group("y"):
        year = int(ctx.group("y") or 0)
    elif published is None:
        return None
    else:
        try:
            this_year = dt.date(published.year, month, day)
        except ValueError:
            return None
        if to_come(ctx):  # the next such day
            year = published.year + (1 if this_year < published else 0)
        else:  # the latest not after P
            year = published.year - (1 if this_year > published else 0)
    try:
        start = dt.date(year, month, day)
    except ValueError:
        return None
    return Span(start, start + relativedelta(years=1, days=-1))


def resolve_fiscal_year_to_month(ctx: Context) -> Resolution:
    """ "the 2025/26 financial year to the end of February": from the financial year's 1
    April to the end of that month within it (rule ``fiscal_year_to_month``)."""
    first = int(ctx.group("y1") or 0)
    month = month_number(ctx.group("m") or "")
    return Span(dt.date(first, 4, 1), month_end(first + (month < 4), month))


FISCAL_RULES: tuple[PeriodRule, ...] = (
    # "the 2025/26 financial year to the end of February", "2024-25 to the end of
    # December", "the 2023/24 financial year up to January": a financial year so far; not
    # "the year to the end of February" (year_to_month), "2024/25 to 2025/26" (a pair)
    PeriodRule(
        "fiscal_year_to_month",
        compile_rule(
            rf"\b(?:the\s+)?(?P<y1>{YEAR})[/–-](?:\d{{2}}|{YEAR})\b(?:\s+financial\s+year\s+"
            rf"(?:(?:up\s+)?to|until)\s+(?:the\s+end\s+of\s+)?|\s+(?:(?:up\s+)?to|until)\s+the"
            rf"\s+end\s+of\s+)(?P<m>{MONTH})\b(?!\s*\d)",
            "t12",
        ),
        resolve_fiscal_year_to_month,
        needs=("to", "until"),
    ),
    # "the year starting 1 April", "the financial year beginning on 1 April 2026"; not
    # "the year starting in April" (no day), "a year-long scheme starting 1 April"
    PeriodRule(
        "year_starting_day",
        compile_rule(
            r"\b(?:(?:in|during|for|over|throughout)\s+)?the\s+(?:financial\s+|policing\s+|"
            r"council\s+tax\s+)?year\s+(?:starting|beginning|"
            rf"from|which\s+(?:starts|begins))\s+(?:on\s+)?(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
            rf"\s+(?P<m>{MONTH})\b(?:\s+(?P<y>{YEAR})\b)?",
            "idfot",
        ),
        resolve_year_starting_day,
        needs=("starting", "beginning", "from", "starts", "begins"),
    ),
    # "in 2025/26 and 2026/27", "2022/2023 to 2023/2024"; not "2023/24 and 2022/23" nor
    # "2021/22 and 2023/24" (not consecutive: two periods of their own)
    PeriodRule(
        "financial_year_pair",
        compile_rule(
            rf"\b(?P<y1>{YEAR})[/-](?:(?P<y2>\d{{2}}){_JOIN}(?:19|20)(?P=y2)[/-]\d{{2}}|"
            rf"(?P<y2l>{YEAR}){_JOIN}(?P=y2l)[/-]{YEAR})\b(?![/-]?\d)",
            "12",
        ),
        resolve_financial_year_pair,
        needs=("/", "-"),
    ),
    # "the past three financial years", "over the last two financial years"
    PeriodRule(
        "past_financial_years",
        compile_rule(
            rf"\b(?:the\s+)?(?:last|past|previous)\s+(?P<n>{COUNT})\s+financial\s+years\b",
            "tlp",
        ),
        resolve_past_financial_years,
        needs=("financial years",),
    ),
    # "over the next two financial years", "the coming three financial years": the N after
    # P's; not "the following two financial years" (counted from a span stated before)
    PeriodRule(
        "next_financial_years",
        compile_rule(
            rf"\b(?:the\s+)?(?P<which>next|coming)\s+(?P<n>{COUNT})\s+financial\s+years\b",
            "tnc",
        ),
        resolve_past_financial_years,
        needs=("financial years",),
    ),
)
"""Rules over financial years that carry their own needs."""
