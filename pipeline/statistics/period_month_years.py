"""A month named with the year it fell in said relatively ("in October last year", "in
March the previous year", "June this year"), and a month whose end a count stood at ("at
the end of December"), and a year-to-date total of the year before ("by the end of June last
year").

"Answered 94% of calls in October, up from 88% in October last year": without this rule
the month alone ("in October", the latest October up to P) wins its place, and the
yardstick takes the year of the figure it is compared with. :data:`MONTH_YEAR_RULES`
read the month and its relative year as one phrase: "last year" / "the previous year" is
the calendar year before P's (a yardstick: "during the month" after it still points to the
span stated before it), "this year" is P's; a month of P's year not yet ended runs to P.
"""

from __future__ import annotations

import datetime as dt
import re

from pressfacts.lexicon.months import MONTH, month_number
from pressfacts.statistics.period_rules import (
    YEAR,
    Context,
    PeriodRule,
    Resolution,
    Span,
    month_end,
)

MONTH_RELATIVE_YEAR = re.compile(
    rf"\b(?:(?:in|during|throughout|for)\s+)?(?P<m>{MONTH})\s+(?:of\s+)?(?P<rel>last\s+year|"
    r"the\s+previous\s+year|the\s+year\s+before|this\s+year)\b(?!['’]s)",
    re.I,
)
"""A month and its year said relatively: "in October last year", "during May this year",
"in June of the previous year"; not "October last year's figures" (a possessive: read
with its figure)."""


def resolve_month_relative_year(ctx: Context) -> Resolution:
    """The month in the calendar year before P's ("last year", "the previous year") or in
    P's ("this year"; to P when it is P's month); None without P's year, or for a month of
    this year still to come."""
    published = ctx.published
    word = ctx.group("m") or ""
    if published is None or word == "may":  # "it may this year …": the verb
        return None
    month = month_number(word)
    if (ctx.group("rel") or "").lower().startswith("this"):
        first = dt.date(published.year, month, 1)
        if first > published:
            return None
        end = published if month == published.month else month_end(published.year, month)
        return Span(first, end, "relative")
    year = published.year - 1
    if not _compared(ctx.match):
        # rule ``month_last_year_own_span``: no comparison in its sentence: the span its
        # sentence's figures are counted over, not a yardstick
        return Span(dt.date(year, month, 1), month_end(year, month), "relative")
    # a yardstick: the span stated before it stays the one later words point back to
    before = (ctx.previous.start, ctx.previous.end) if ctx.previous else None
    return Span(dt.date(year, month, 1), month_end(year, month), "previous", before)


COMPARISON_WORDS = re.compile(
    r"\b(?:from|than|compared|comparison|against|versus|vs|on|with|while|whereas)\b", re.I
)
"""Rule ``month_last_year_own_span``: words by which a sentence compares a figure with
another, or states a change ("up from 88% in October last year", "than in June last year",
"compared with May last year", "a rise on March last year"); a month of last
year in a sentence with none of them is the span of its sentence's figures ("Officers
stopped 1,240 cars in November last year and issued 387 tickets": both November's), not a
yardstick pointing back to the span stated before it."""
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def _compared(match: re.Match[str]) -> bool:
    """Whether the sentence of ``match`` holds one of :data:`COMPARISON_WORDS`."""
    text = match.string
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, match.start())]
    start = ends[-1] if ends else 0
    after = _SENTENCE_END.search(text, match.end())
    end = after.start() if after else len(text)
    return bool(
        COMPARISON_WORDS.search(text[start : match.start()] + " " + text[match.end() : end])
    )


AT_MONTH_END = re.compile(
    rf"\bat\s+the\s+(?:end|close)\s+of\s+(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?\b(?![\w/-])|"
    rf"\b(?:ended|finished|closed)\s+(?P<m2>{MONTH})(?:\s+(?P<y2>{YEAR}))?\s+(?=(?:with|on|at)\s)",
    re.I,
)
"""A count held at a month's end: "had 2,094 officers at the end of December", "at the end
of March 2026", "the force ended February with 1,204 officers", "finished March 2025 on
1,980"; not "by the end of March 2028" (a deadline: ``by_deadline``), "the 12 months to
the end of June" (``months_to``), "the year ended March 2025" (no "with"/"on"/"at" after)."""


def resolve_at_month_end(ctx: Context) -> Resolution:
    """The month, whole (the contract's calendar unit); without a year, the latest such
    month ended by P; None without P's date then."""
    month = month_number(ctx.group("m") or ctx.group("m2") or "")
    if ctx.group("y") or ctx.group("y2"):
        year = int(ctx.group("y") or ctx.group("y2") or 0)
    elif ctx.published is None:
        return None
    else:
        year = ctx.published.year
        if month_end(year, month) > ctx.published:
            year -= 1
    return Span(dt.date(year, month, 1), month_end(year, month))


SINCE_MONTH_RELATIVE_YEAR = re.compile(
    rf"\bsince\s+(?:the\s+start\s+of\s+)?(?P<m>{MONTH})\s+(?:of\s+)?"
    r"(?P<rel>last\s+year|this\s+year)\b(?!['’]s)",
    re.I,
)
"""A start in a month whose year is said relatively: "Since April last year, officers have
caught 318 drivers", "since March this year"; not "in April last year" (the month alone:
``month_relative_year``), "since last year" (no month)."""


def resolve_since_month_relative_year(ctx: Context) -> Resolution:
    """From the first day of the month in the calendar year before P's ("last year") or in
    P's ("this year") to P; None without P, or for a month of this year still to come."""
    published = ctx.published
    if published is None:
        return None
    year = published.year - (0 if (ctx.group("rel") or "").lower().startswith("this") else 1)
    first = dt.date(year, month_number(ctx.group("m") or ""), 1)
    return Span(first, published, "since") if first <= published else None


BY_MONTH_LAST_YEAR = re.compile(
    rf"\bby\s+(?:the\s+end\s+of\s+)?(?P<m>{MONTH})\s+(?:of\s+)?(?:last\s+year|the\s+"
    r"previous\s+year|the\s+year\s+before)\b(?!['’]s)",
    re.I,
)
"""A year-to-date count of the year before: "compared with 24 by the end of June last
year", "by May the previous year"; not "in June last year" (the month alone), "by the end
of June 2028" (a deadline)."""


def resolve_by_month_last_year(ctx: Context) -> Resolution:
    """1 January of the calendar year before P's to the end of the month named (a total
    reached by then, counted from the start of its year); None without P's year."""
    published = ctx.published
    if published is None:
        return None
    month = month_number(ctx.group("m") or "")
    year = published.year - 1
    before = (ctx.previous.start, ctx.previous.end) if ctx.previous else None
    return Span(dt.date(year, 1, 1), month_end(year, month), "previous", before)


MONTH_YEAR_RULES: tuple[PeriodRule, ...] = (
    PeriodRule(
        "since_month_relative_year",
        SINCE_MONTH_RELATIVE_YEAR,
        resolve_since_month_relative_year,
        needs=("since",),
    ),
    PeriodRule(
        "by_month_last_year",
        BY_MONTH_LAST_YEAR,
        resolve_by_month_last_year,
        needs=("last year", "previous year", "year before"),
    ),
    PeriodRule(
        "at_month_end",
        AT_MONTH_END,
        resolve_at_month_end,
        needs=("end of", "close of", "ended", "finished", "closed"),
    ),
    PeriodRule(
        "month_relative_year",
        MONTH_RELATIVE_YEAR,
        resolve_month_relative_year,
        needs=("last year", "this year", "previous year", "year before"),
    ),
)
"""The period rules of a month with its year said relatively, or at its end."""
