"""A bare year after a part of an earlier year is that part again.

"49 discharges between April and September, compared with 71 in the same six months of
2023 and 58 in 2024": the 58 is the same six months of 2024, set in the list beside the 71,
not the whole of 2024. Rule ``year_part_again`` (the resolver of the rule ``year`` of
:data:`pressfacts.statistics.period_table.PERIOD_RULES`): "in YEAR" right after ", and" and
a count, when the phrase just before it names a part of a stated year ("the same six months
of 2023", "the first half of 2023", "the third quarter of 2023"), takes that part's months
in YEAR, of the same kind (a comparison's earlier half stays one). Not "in March 2023 and
400 in 2024" (a month, no part named), "in the first half of 2023. In 2024, …" (no count
joined by "and"), "… of 2023 and 58 officers in 2024" (a noun of its own).
"""

from __future__ import annotations

import datetime as dt
import re

from pressfacts.lexicon.number_words import WORD_NUMBER
from pressfacts.statistics.period_rules import (
    YEAR,
    Context,
    Resolution,
    Span,
    month_end,
    resolve_year,
)

AND_COUNT_BETWEEN = re.compile(
    r",?\s+and\s+(?:(?:around|about|some|nearly|almost|over|just\s+over|more\s+than)\s+)?"
    rf"(?:\d[\d,]*|{WORD_NUMBER})\s+$",
    re.I,
)
"""Between the part of a year and "in YEAR": ", and" and a bare count (" and 58 ")."""
PART_OF_YEAR = re.compile(
    r"\b(?:same|first|second|third|fourth|last|final|latter)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:months?|weeks?|half|quarter|period)\s+of\s+{YEAR}\b",
    re.I,
)
"""The phrase before names a part of a stated year: "the same six months of 2023", "the
first half of 2023", "the third quarter of 2023"."""


def _same_day(day: dt.date, year: int) -> dt.date:
    """``day`` in ``year``: a month's last day stays its last (29 February in a common year
    is 28); any other day exists in every year (at most the 28th of February)."""
    if day == month_end(day.year, day.month):
        return month_end(year, day.month)
    return day.replace(year=year)


def resolve_year_part_again(ctx: Context) -> Resolution:
    """Rule ``year_part_again``: "… of 2023 and 58 in 2024" is that part of 2024; else the
    whole year (:func:`~.period_rules.resolve_year`)."""
    last, text = ctx.last, ctx.match.string
    if (
        last is None
        or last.start.year != last.end.year
        or not AND_COUNT_BETWEEN.fullmatch(text, last.end_char, ctx.match.start())
        or not PART_OF_YEAR.search(text, max(0, last.start_char - 8), last.end_char)
    ):
        return resolve_year(ctx)
    year = int(ctx.group("y") or 0)
    return Span(_same_day(last.start, year), _same_day(last.end, year), last.kind, last.anchor)
