"""Football seasons worded without a split year, each as August to May.

- ``season_in_words``: "the 2024 to 2025 season", "the 2023 to 2024 football season" (the
  Home Office's wording): 1 August of the first year to 31 May of the second, as
  ``football_season`` reads "the 2024/25 season";
- ``this_season``: "this season", "so far this season": the latest season begun by P (1
  August), cut at P while it runs;
- ``last_season``: "last season", "during last season": the latest season over by P (its
  31 May before P); not "the same point last season" (a year before the span stated
  before: ``period_table``), which starts earlier and so is read first;
- ``past_seasons``: "over the past three seasons", "in the last two seasons": that many
  seasons ending with the latest begun by P (cut at P while it runs);
- ``season_to_month``: "in the 2025/26 season to the end of March", "the 2025/26 season up
  to February": the season's 1 August to the end of that month (a season cut short by
  the words, not by P);
- ``season_so_far``: "since the start of the 2025/26 season", "since the beginning of this
  season": from that season's 1 August to P while it runs (to its 31 May once it is over).

A season is a sporting one only when the text speaks of football: the rules need
"season" and fire only in a text that holds one of :data:`FOOTBALL_WORDS`, so "this
season" in a release on the festive season or the growing season is left alone.
"""

from __future__ import annotations

import datetime as dt

from pressfacts.lexicon.months import MONTH, month_number
from pressfacts.lexicon.number_words import count_value
from pressfacts.statistics.period_rules import (
    COUNT,
    YEAR,
    Context,
    PeriodRule,
    Resolution,
    Span,
    compile_rule,
)
from pressfacts.statistics.period_wordings import FOOTBALL_WORDS, resolve_football_season

SEASON_START = (8, 1)
SEASON_END = (5, 31)
"""The (month, day) a football season starts and ends on, as ``football_season``."""


_SEASON_NOUN = r"(?:(?:football|Premier\s+League|EFL|league)\s+)?season\b(?!['’]s\s+(?:end|start))"


def _is_football(ctx: Context) -> bool:
    """Whether the text of the match speaks of football (:data:`FOOTBALL_WORDS`)."""
    return FOOTBALL_WORDS.search(ctx.match.string) is not None


def _season(first: int) -> tuple[dt.date, dt.date]:
    """The season that starts in August of ``first``."""
    return dt.date(first, *SEASON_START), dt.date(first + 1, *SEASON_END)


def latest_season_begun(published: dt.date) -> int:
    """The year the latest football season begun by ``published`` started in."""
    begun = (published.month, published.day) >= SEASON_START
    return published.year if begun else published.year - 1


def resolve_season_in_words(ctx: Context) -> Resolution:
    """ "the 2024 to 2025 season": 1 August 2024 to 31 May 2025 (the second year must
    follow the first); undated in a text that is not about football."""
    return resolve_football_season(ctx) if _is_football(ctx) else None


def resolve_this_season(ctx: Context) -> Resolution:
    """ "so far this season": the latest season begun by P, cut at P; undated without P
    or outside a football text."""
    published = ctx.published
    if published is None or not _is_football(ctx):
        return None
    start, end = _season(latest_season_begun(published))
    return Span(start, min(end, published), "relative")


def resolve_last_season(ctx: Context) -> Resolution:
    """ "last season": the latest season whose 31 May is before P; undated without P or
    outside a football text."""
    published = ctx.published
    if published is None or not _is_football(ctx):
        return None
    first = latest_season_begun(published)
    start, end = _season(first)
    if end >= published:
        start, end = _season(first - 1)
    return Span(start, end, "relative")


def resolve_past_seasons(ctx: Context) -> Resolution:
    """ "over the past three seasons": three seasons ending with the latest begun by P,
    cut at P while it runs; undated without P or outside a football text."""
    published = ctx.published
    count = count_value(ctx.group("n") or "")
    if published is None or not count or count > 20 or not _is_football(ctx):
        return None
    last = latest_season_begun(published)
    start, _ = _season(last - int(count) + 1)
    return Span(start, min(_season(last)[1], published), "relative")


def resolve_season_so_far(ctx: Context) -> Resolution:
    """ "since the start of the 2025/26 season": 1 August 2025 to P while the season runs,
    to its 31 May once it is over; "since the start of this season" (a football text
    only): the latest season begun by P, to P. Undated without P or before the start."""
    published = ctx.published
    if published is None:
        return None
    if ctx.group("y1"):
        found = resolve_football_season(ctx)
        if not isinstance(found, Span) or found.start > published:
            return None
        return Span(found.start, min(found.end, published), "since")
    if not _is_football(ctx):
        return None
    start, end = _season(latest_season_begun(published))
    return Span(start, min(end, published), "since")


def resolve_season_to_month(ctx: Context) -> Resolution:
    """ "the 2025/26 season to the end of March": 1 August 2025 to 31 March 2026 (a month
    from August on is in the season's first year, an earlier one in its second); undated
    when the month is not within the season (June, July) or the years do not follow."""
    found = resolve_football_season(ctx)
    month = month_number(ctx.group("m") or "")
    if not isinstance(found, Span) or month in (6, 7):
        return None
    year = found.start.year if month >= SEASON_START[0] else found.end.year
    last = (dt.date(year + month // 12, month % 12 + 1, 1)) - dt.timedelta(days=1)
    return Span(found.start, last, "explicit")


FOOTBALL_SEASON_RULES: tuple[PeriodRule, ...] = (
    # "since the start of the 2025/26 season", "since the beginning of this season"; not
    # "since the start of the season in August" (a month: ``since_days``), "the 2025/26
    # season" alone (``football_season``)
    PeriodRule(
        "season_so_far",
        compile_rule(
            r"\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+(?P<y1>"
            rf"{YEAR})[/-](?P<y2>\d{{2}}|{YEAR})\s+|(?:this|the\s+current)\s+){_SEASON_NOUN}"
            r"(?!['’]|\s+in\s)",
            "s",
        ),
        resolve_season_so_far,
        needs=("season",),
    ),
    # "in the 2025/26 season to the end of March", "the 2025/26 season up to February"; not
    # "the 2025/26 season" alone (``football_season``), "to the end of the season" (no month)
    PeriodRule(
        "season_to_month",
        compile_rule(
            rf"\b(?:(?:in|during|over)\s+)?the\s+(?P<y1>{YEAR})[/-](?P<y2>\d{{2}}|{YEAR})\s+"
            rf"{_SEASON_NOUN},?\s+(?:up\s+)?to\s+(?:the\s+end\s+of\s+)?(?P<m>{MONTH})\b",
            "idot",
        ),
        resolve_season_to_month,
        needs=("season",),
    ),
    # "the 2024 to 2025 season"; not "2024 to 2025" alone (a year range)
    PeriodRule(
        "season_in_words",
        compile_rule(
            rf"\b(?:the\s+)?(?P<y1>{YEAR})\s+to\s+(?P<y2>{YEAR})\s+{_SEASON_NOUN}",
            "t12",
        ),
        resolve_season_in_words,
        needs=("season",),
    ),
    # "so far this season", "this season"; not "this season's" (a possessive of a thing)
    PeriodRule(
        "this_season",
        compile_rule(
            r"\b(?:(?:so\s+far|until\s+now|to\s+date)\s+)?(?:(?:during|in|over|throughout|across)"
            rf"\s+)?this\s+{_SEASON_NOUN}(?!['’])",
            "stuidota",
        ),
        resolve_this_season,
        needs=("this season",),
    ),
    # "last season", "during last season"; not "last season's" (a possessive)
    PeriodRule(
        "last_season",
        compile_rule(
            rf"\b(?:(?:during|in|over|throughout|across)\s+)?last\s+{_SEASON_NOUN}(?!['’])",
            "dioatl",
        ),
        resolve_last_season,
        needs=("last season",),
    ),
    # "over the past three seasons", "in the last two seasons"
    PeriodRule(
        "past_seasons",
        compile_rule(
            rf"\b(?:(?:over|in|during|across|throughout)\s+)?the\s+(?:past|last|previous)\s+"
            rf"(?P<n>{COUNT})\s+(?:(?:football|league)\s+)?seasons\b",
            "oidatp",
        ),
        resolve_past_seasons,
        needs=("seasons",),
    ),
)
"""Rules over football seasons not written as a split year; they carry their own needs."""
