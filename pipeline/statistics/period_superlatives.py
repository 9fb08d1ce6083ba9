"""A superlative's "since" is a yardstick, not a period: "the highest since 2019"; a month
named as the busiest of a span is the period of its figures ("July was the busiest month").

:data:`SUPERLATIVE_SINCE` is the pattern of the rule ``superlative_since`` of
:data:`pressfacts.statistics.period_table.PERIOD_RULES`: a superlative, a few measure
words, then "since" and a year ("the lowest summer total since 2019", "the most since the
scheme began in 2016") or a start said without a date ("the highest of any quarter since
the scheme began", "the most since records began"). The whole phrase is taken
(:func:`resolve_no_period`) so that no rule reads a period inside it; the figure keeps the
period its sentence states.
"""

from __future__ import annotations

import datetime as dt

from pressfacts.lexicon.months import MONTH, month_number
from pressfacts.statistics.period_rules import (
    NOT_A_PERIOD,
    YEAR,
    Context,
    Resolution,
    Span,
    month_end,
)

_SUPERLATIVE = (
    r"highest|lowest|most|fewest|largest|biggest|greatest|smallest|best|worst|first\s+time"
)
"""Words of a superlative whose "since" phrase is a yardstick, not the figure's span."""
_MEASURE_WORDS = r"number|figure|level|total|rate|amount|count|tally|recorded|reported|seen|ever"
"""Words between a superlative and its "since": "the highest [number] [recorded] since"."""
_OF_ANY = r"(?:\s+(?:of|for|in)\s+any\s+(?:[a-z-]+\s+)?[a-z]+)?"
"""What a superlative ranks among: "the highest [of any quarter] since"."""
_START_AGAIN = (
    r"(?:(?:the|its|their|our)\s+(?:[\w’'-]+\s+){0,3}?|records\s+|(?:it|they|we)\s+(?:first\s+)?)"
    r"(?:began|started|launched|went\s+live|opened|were\s+first\s+kept)\b(?!\s+(?:in|on)\b)"
)
"""A start said without its date: "the scheme began", "records began", by a pronoun too
(rule ``pronoun_start_again``: "since it began publishing the figures", "since we first
started recording"); not "the scheme began in 2016" (a year, read by the year ending)."""
_RANKING = r"highest|lowest|fewest|largest|biggest|greatest|smallest|best|worst"
"""Superlatives of a value, whose "since" is a yardstick whatever noun follows ("the lowest
proportion since 2015", "the fewest road deaths since 2010"); not "most", which also ranks
kinds within a span ("the most common offence since the unit opened in 2020")."""
_RANKED_SPAN = (
    rf"(?:{_RANKING}|busiest|quietest)\s+(?:year|month|quarter|summer|winter|autumn|spring|"
    r"season|week|weekend|day)(?:\s+(?:for|of|on)(?:\s+[a-z-]+){1,4}?)?"
)
"""Rule part ``ranked_span_for``: a span ranked for what it counts, then "since": "the worst
year for confirmed cases since 2019", "the busiest summer for call-outs since 2015"; what it
counts may run past the three words of a ranked noun. Rule part ``ranked_span_bare``: the
ranked span straight before "since" ("3,020 contacts, the busiest quarter since it opened",
"the quietest year since 2019")."""
SUPERLATIVE_SINCE = (
    rf"\b(?:(?:{_SUPERLATIVE})\b{_OF_ANY}(?:(?:\s+[a-z-]+){{0,2}}?(?:\s+(?:{_MEASURE_WORDS})){{1,2}}"
    rf"{_OF_ANY})?"
    rf"|{_RANKED_SPAN}"
    rf"|(?:{_RANKING})(?:\s+(?:of\s+)?[a-z-]+){{1,3}}?)"
    rf"\s+since\s+(?:(?:[\w\s’']{{1,60}}?\bin\s+)?(?:(?:{MONTH})\s+)?{YEAR}\b|{_START_AGAIN})"
)
"""A superlative, its measure words and "since" a year or a start said again; what it ranks
among may stand after the measure words too ("the highest number for any quarter since the
service began in 2019")."""


def resolve_no_period(_ctx: Context) -> Resolution:
    """A phrase that reads like a period but is none ("the highest since 2019"): its
    words are taken so that no rule reads a period inside them."""
    return NOT_A_PERIOD


_RANK = r"busiest|quietest|worst|best|highest|lowest|peak|record"
"""Words that rank a month among others: "the busiest month", "its peak month"."""
_OWNER = r"(?:\b(?:the|its|our|their)\s+|(?<=\w['’]s\s)\b)"
"""Whose ranking it is, before the ranked month: "the", "its", a possessive noun ("The
team's busiest month was March", "the force's quietest months were June and July"; after a
possessive the match opens on the rank word, so that the rule's opening words stay known
to :mod:`.rule_leads` and it is tried only where they stand)."""
_SCOPE = r"(?:\s+(?:across|in|for|at|on|within)\s+(?:the\s+)?[a-z'’-]+(?:\s+[a-z'’-]+){0,2}?)?"
"""Rule part ``scoped_ranking``: where the ranking holds, between "month(s)" and "was"
("The busiest month across the force area was March", "the quietest month in Cumbria
was June"); words only, so "the busiest month in 2025 was March" keeps its year out."""
SUPERLATIVE_MONTH = (
    rf"\b(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?(?=\s+(?:was|proved|remained|became)\s+(?:the|its|"
    rf"our|their)\s+(?:(?:single|{_RANK})\s+)+month\b)|{_OWNER}(?:{_RANK})\s+"
    rf"month(?:\s+of\s+the\s+year)?{_SCOPE}\s+(?:was|being)\s+(?P<m2>{MONTH})"
    rf"(?:\s+(?P<y2>{YEAR}))?\b"
    rf"|{_OWNER}(?:{_RANK})\s+months(?:\s+of\s+the\s+year)?{_SCOPE}\s+(?:were|being)\s+"
    rf"(?P<pm>{MONTH})\s+and\s+(?P<pm2>{MONTH})(?:\s+(?P<py>{YEAR}))?\b"
)
"""A month named as the busiest (quietest, worst …) of a span: "July was the busiest month
of the year, with 33,904 calls", "the busiest month was March 2025"; the month is the span
of the figures told with it; so are two months in a row named as the busiest ("The team's
busiest months were March and April, when 19 attacks were reported": March to April). Not
"in the busiest month" (no month named), "the busiest months were March and June" (two
months apart are no span)."""

RANKED_MONTH_SUBJECT = (
    rf"\b(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?(?=\s+(?:had|saw|recorded|logged)\s+the\s+"
    r"(?:fewest|most|lowest|highest|least)\b)"
)
"""Rule ``ranked_month_subject``: a month as the subject of having the fewest (most …) of
the figures told with it: "while February had the fewest, at 248", "June saw the most
call-outs, 610"; the month is their span, as for ``superlative_month``. Not "in February
officers had the most calls" (the month is no subject), "February had 248" (no ranking:
the period rules of a bare month are left as they are)."""


def resolve_superlative_month(ctx: Context) -> Resolution:
    """The month named (or the two months in a row, from the first to the end of the
    second): of the year stated, else the latest such month ended by P (its own month runs
    to P); None without P then, or for two months that are not in a row."""
    number = month_number(ctx.group("m") or ctx.group("m2") or ctx.group("pm2") or "")
    before = 0  # months from the first month named to the last (two in a row: one)
    if ctx.group("pm"):
        before = (number - month_number(ctx.group("pm") or "")) % 12
        if before != 1:
            return None
    stated = int(ctx.group("y") or ctx.group("y2") or ctx.group("py") or 0)
    if stated:
        return Span(_first_of(stated, number, before), month_end(stated, number))
    published = ctx.published
    if published is None:
        return None
    year = published.year if number <= published.month else published.year - 1
    end = published if (year, number) == (published.year, published.month) else None
    return Span(_first_of(year, number, before), end or month_end(year, number), "relative")


def _first_of(year: int, month: int, before: int) -> dt.date:
    """The first day of the month ``before`` months before ``month`` of ``year``."""
    index = year * 12 + month - 1 - before
    return dt.date(index // 12, index % 12 + 1, 1)
