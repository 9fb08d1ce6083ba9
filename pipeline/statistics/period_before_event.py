"""A span of whole years or months counted back from a dated start: "in the two years before
the cameras went live in July 2024", "over the 12 months before March 2023".

Rule ``units_before_month`` of :data:`pressfacts.statistics.period_table.PERIOD_RULES`: the
span is the whole units that end with the month before the one named (July 2022 to June
2024), what an event dated to that month was measured against. Not "the two years after
…" (a span of its own, still to be dated by another rule), nor a span with no month and
year after "before" ("the two years before the cameras went live"). Rule
``since_month_before``: the yardstick after it, "compared with six since", runs from that
month to P.
"""

from __future__ import annotations

import datetime as dt
import re

from pressfacts.lexicon.months import MONTH, month_number
from pressfacts.lexicon.number_words import WORD_NUMBER, count_value
from pressfacts.statistics.period_rules import (
    COUNT,
    NOT_A_PERIOD,
    YEAR,
    Context,
    Resolution,
    Span,
    month_end,
)

UNITS_BEFORE_MONTH = (
    rf"\b(?:in|during|over|for|across)\s+the\s+(?:(?P<n>{COUNT})\s+)?(?P<u>years?|months?)\s+"
    rf"(?:before|prior\s+to|leading\s+up\s+to)\s+(?:[\w’'-]+\s+){{0,8}}?(?:in\s+)?"
    rf"(?P<m>{MONTH})\s+(?P<y>{YEAR})\b"
)
"""The span's words: a count of years or months (or "the year") "before" a month and year,
an event's words between them ("the two years before the cameras went live in July 2024")."""
_MOST_MONTHS = 120

AFTER_APPEAL_MONTH = (
    rf"\b(?:after|following)\s+(?:an?|the|its|their|our)\s+(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?:appeals?|publicity)\s+(?:(?:was|were)\s+(?:made|issued|launched)\s+)?"
    rf"(?:in|during)\s+(?:{MONTH})(?:\s+{YEAR})?(?!\w|\.\w|\s*\d)"
)
"""Rule ``after_appeal_month``: the month of an appeal (or its publicity) that people came
forward after ("37 victims had come forward after an appeal in December", "following a
television appeal in March 2024"): the appeal's date, not the span of what came after it,
so the figure takes no period from it (its words are taken: ``resolve_no_period``). Not
"in December, after an appeal" (the month before the appeal, the figures' own), nor "after
the arrests in March" (an event other than an appeal: read as a month by ``bare_month``)."""


def resolve_units_before_month(ctx: Context) -> Resolution:
    """The whole units before the month named: "the two years before … July 2024" are July
    2022 to June 2024."""
    word = ctx.group("n")
    n = count_value(word) if word else 1  # "the year before …"
    months = n * 12 if (ctx.group("u") or "").lower().startswith("year") else n
    month = month_number(ctx.group("m") or "")
    if not 1 <= months <= _MOST_MONTHS:
        return NOT_A_PERIOD
    last = int(ctx.group("y") or 0) * 12 + month - 2  # the month before, counted from year 0
    first = last - months + 1
    end = month_end(last // 12, last % 12 + 1)
    return Span(dt.date(first // 12, first % 12 + 1, 1), end)


SINCE_AFTER_COUNT = r"(?<=\s)since(?=\s*(?:[,.;]|$))"
"""A bare "since" closing a yardstick count's clause ("compared with six since", rule
``since_month_before``): from the month an event stated earlier in the sentence is dated
to."""
_COUNT_BEFORE = re.compile(rf"(?:\d[\d,]*|{WORD_NUMBER})\s+$", re.I)
_EVENT_MONTH = re.compile(
    rf"\b(?:before|until|when|after)\b[^.;:]{{0,80}}?\bin\s+(?P<m>{MONTH})\s+(?P<y>{YEAR})\b",
    re.I,
)
"""The dated event of the sentence: "before the cameras went live in July 2024"."""
_REACH = 240


def resolve_since_month_before(ctx: Context) -> Resolution:
    """``since_month_before``: "… in the two years before the cameras went live in July
    2024, compared with six since" runs from July 2024 to P; not a "since" after no count
    ("has fallen since."), nor one with no dated event before it in its sentence."""
    text, start, published = ctx.match.string, ctx.match.start(), ctx.published
    if published is None or not _COUNT_BEFORE.search(text[max(0, start - 20) : start]):
        return NOT_A_PERIOD
    before = text[max(0, start - _REACH) : start]
    before = re.split(r"[.!?]\s|\n", before)[-1]  # its own sentence
    event = _EVENT_MONTH.search(before)
    if event is None:
        return NOT_A_PERIOD
    first = dt.date(int(event.group("y")), month_number(event.group("m")), 1)
    return Span(first, published, "since") if first <= published else NOT_A_PERIOD
