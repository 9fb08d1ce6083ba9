"""A span that ends on a stated day: "the year to 31 July 2025", "the 12 months ending 30 June".

Official statistics are published for a year or a run of months up to a stated day, most
often a month's last day. :data:`DAY_END_RULES` reads those: ``span_to_day`` is the year
(or the N months) up to and including that day. When the day closes its month the span is
the whole months ending there; otherwise it runs from the day after the same date N months
before. Without a year, the day is the latest such day not after P (undated without P).
The month-only wordings ("the year to March 2024") are the table's ``year_to`` rules.
"""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta

from pressfacts.lexicon.months import MONTH, month_number
from pressfacts.lexicon.number_words import count_value
from pressfacts.statistics.period_rules import (
    COUNT,
    NOT_A_PERIOD,
    YEAR,
    Context,
    PeriodRule,
    Resolution,
    Span,
    compile_rule,
    month_end,
    months_before,
)
from pressfacts.statistics.rule_needs import pairs

_DAY = r"(?:3[01]|[12]\d|0?[1-9])"


def _year_of(ctx: Context, month: int, day: int) -> int | None:
    """The stated year, or the latest year whose (month, day) is not after P."""
    if ctx.group("y"):
        return int(ctx.group("y") or 0)
    published = ctx.published
    if published is None:
        return None
    return published.year - ((month, day) > (published.month, published.day))


def resolve_span_to_day(ctx: Context) -> Resolution:
    """The year, or the N months, up to and including the stated day."""
    months = count_value(ctx.group("n") or "") if ctx.group("n") else 12
    if not 1 <= months <= 36:
        return NOT_A_PERIOD
    month, day = month_number(ctx.group("m") or ""), int(ctx.group("d") or 0)
    year = _year_of(ctx, month, day)
    if year is None:
        return None
    try:
        end = dt.date(year, month, day)
    except ValueError:
        return NOT_A_PERIOD
    if end == month_end(year, month):
        return Span(months_before(end, months - 1), end)
    return Span(end - relativedelta(months=months) + dt.timedelta(days=1), end)


DAY_END_RULES: tuple[PeriodRule, ...] = (
    # "the year to 31 July 2025", "the 12 months ending 30 June", "the six months to 30th
    # September 2024", "the year up to 31 March"; not "the year to March 2024" (year_to)
    PeriodRule(
        "span_to_day",
        compile_rule(
            rf"\b(?:the\s+)?(?:year|(?P<n>{COUNT})\s+months)\s+(?:to|ending|up\s+to)\s+"
            rf"(?P<d>{_DAY})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTH})\b"
            rf"(?:,?\s+(?P<y>{YEAR})\b)?(?![-/]\d)",
            "tyofsen123456789",
        ),
        resolve_span_to_day,
        needs=pairs(("year", "months"), ("to", "ending", "up to")),
    ),
)
"""The period rules of a span ending on a stated day."""
