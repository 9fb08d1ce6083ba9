"""Two months named together: "in March and April", "during December and January 2023".

The resolver of the ``month_pair`` rule of
:data:`pressfacts.statistics.period_table.PERIOD_RULES`. Two neighbouring months joined
by "and" (or "to", "&") are one span, from the first day of the first to the last day of
the second (calendar units are whole); December and January straddle the new year.
Without a year the span is the latest one whose second month is not after P's month (as
``bare_month`` reads "in September"), and when that month is P's own it runs to P (only
when P's day is known); a pair that opens in P's own month runs on into the next (rule
``pair_from_own_month``: "to pay for patrols in August and September" in August), also over
the new year (rule ``own_month_pair_over_new_year``: "over December and January" in
December is this December and next January, not last December's). Two
months that are not neighbours ("in January and March") name two separate months, not
the span between them: undated, never guessed. Joined by "to" or a dash they are a run
of months ("in January to September 2025", "during April-June"): every month from the
first to the second, placed as a pair is. So are three or four months listed one after
another ("throughout June, July and August").

A run of months straight after the words of a comparison is the span compared with (rule
``compared_month_run``: "fell by 27%, compared with March to December 2024"), not the
first month alone (``baseline_month`` read "compared with March"), so the change covers
both spans.

The pair is matched where the second month is a month, so that "in May and 26 in June"
is left to ``bare_month`` ("in May", then "in June").
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import pairwise

from dateutil.relativedelta import relativedelta

from pressfacts.lexicon.months import MONTH, month_number
from pressfacts.statistics.period_future import ended_range_to_come, finite_past
from pressfacts.statistics.period_rules import (
    NOT_A_PERIOD,
    YEAR,
    Context,
    PeriodRule,
    Resolution,
    Span,
    compile_rule,
    month_end,
)

_RUN_JOIN = re.compile(r"\bto\b|[-–]")
"""What joins the months of a run ("January to September", "April-June"), not a pair
of separate months ("January and March")."""


_LISTED = re.compile(rf",\s*({MONTH})\b", re.I)
"""A month listed between the first and the last ("June, July and August")."""


def neighbours(first: int, second: int) -> bool:
    """Whether month ``second`` is the month after ``first`` (December, then January)."""
    return second == first % 12 + 1


def resolve_month_pair(ctx: Context) -> Resolution:
    """ "in March and April" (2022, "last year"): the two whole months; without a year, the latest
    pair whose second month is not after P's; two months apart from each other: undated
    when joined by "and", a run of months when joined by "to" or a dash."""
    words = (ctx.group("m1") or "", ctx.group("m2") or "")
    if "may" in words:
        return NOT_A_PERIOD  # "in may and …": the verb, not the month
    first, second = month_number(words[0]), month_number(words[1])
    joined = ctx.match.string[ctx.match.end("m1") : ctx.match.start("m2")]
    listed = [first, *(month_number(m) for m in _LISTED.findall(joined)), second]
    if len(listed) > 2:  # "June, July and August": a run only when each follows the last
        if "may" in _LISTED.findall(joined) or not all(  # "may" in lower case: the verb
            neighbours(a, b) for a, b in pairwise(listed)
        ):
            return None
    elif not neighbours(first, second) and not _RUN_JOIN.search(joined):
        return None
    before = relativedelta(months=(second - first) % 12)  # from the first month to the second
    stated = ctx.group("y")
    relative = (ctx.group("rel") or "").lower()
    if stated:
        end_month = dt.date(int(stated), second, 1)
    elif relative:  # "in September and October last year": of the year named from P
        if ctx.year is None:
            return None
        end_month = dt.date(ctx.year - (relative == "last"), second, 1)
        if ctx.month is not None and end_month >= ctx.month:  # runs to P, or is to come
            published = ctx.published
            if end_month > ctx.month or published is None:
                return None
            return Span(end_month - before, published, "relative")
    else:
        reference = ctx.month
        if reference is None:
            return None
        end_month = dt.date(reference.year, second, 1)
        # its second month is after P's: the year before, unless the pair opens in P's own
        # month ("patrols in August and September" in August: to come, rule
        # pair_from_own_month)
        if end_month > reference and end_month - before != reference:
            end_month -= relativedelta(years=1)
        elif end_month < reference and first == reference.month and not finite_past(ctx):
            # own_month_pair_over_new_year: "patrols over December and January" in December;
            # not "120 people were arrested over December and January" (the last winter)
            end_month += relativedelta(years=1)
        elif ended_range_to_come(ctx, end_month):  # "will be used in January and February"
            end_month += relativedelta(years=1)
        if end_month == reference:  # the pair ends in P's own month: it runs to P
            published = ctx.published
            if published is None:
                return None
            return Span(end_month - before, published, "relative")
    start = end_month - before
    kind = "explicit" if stated else "relative"
    return Span(start, month_end(end_month.year, end_month.month), kind)


COMPARED_MONTH_RUN = compile_rule(
    rf"\b(?:compared\s+(?:with|to)|against|(?:(?<=%\s)|(?<=cent\s))on)\s+"
    rf"(?!(?-i:may)\b)(?P<m1>{MONTH})\s*(?:\s(?:to|until)\s|[-–])\s*"
    rf"(?!(?-i:may)\b)(?P<m2>{MONTH})(?!\w|\.\w|\s*\d{{1,2}}\b)"
    rf"(?:\s+(?P<y>{YEAR})\b(?![-/–]\d)|\s+(?P<rel>this|last)\s+year\b(?!['’]s))?",
    "cao",
)
"""A run of months a change is compared with: "compared with March to December 2024",
"against April-June last year", "up 9% on January to March"; not "compared with March
and April" (two months, ``month_pair``), "compared with March 2024 to December 2024"
(``month_range_years``)."""
COMPARED_MONTH_RUN_RULES: tuple[PeriodRule, ...] = (
    PeriodRule(
        "compared_month_run",
        COMPARED_MONTH_RUN,
        resolve_month_pair,
        ("compared", "against", " on "),
    ),
)
"""The comparison's run of months (the period table adds it)."""
