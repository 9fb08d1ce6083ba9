"""An ordinal part of a year whose unit is left out because the phrase just before named
it: "from 96 in the first quarter to 61 in the second", "41 in the first half and 58 in
the second", "in the first week … and 30 in the third".

``elided_part`` reads "in the second" (an ordinal with no noun after it) as the part of
the same unit the phrase just before in its sentence named by its ordinal: that phrase's
span moved on (or back) by its own length once per step between the two ordinals. Not
"in the second" with no ordinal part of a year just before ("came in the second round"
has a noun; "finished in the second" after "in March" has no unit to borrow).
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from pressfacts.statistics.period_rules import Context, PeriodRule, Resolution, Span

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
ELIDED_PART = re.compile(
    r"\b(?:in|for|during|over)\s+the\s+(?P<ord>first|second|third|fourth)\b"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|but|while|when|after|before|with|compared|as|to)\b)",
    re.I,
)
"""An ordinal after a preposition with no noun of its own: "in the second,", "in the
third and"; not "in the second quarter" or "in the second round"."""
_NAMED_PART = re.compile(
    r"\b(?P<ord>first|second|third|fourth)\s+(?P<unit>quarter|half|week|month)\b", re.I
)
"""The ordinal part the phrase before names: "the first quarter", "the second half"."""
_STEP = {
    "quarter": relativedelta(months=3),
    "half": relativedelta(months=6),
    "month": relativedelta(months=1),
    "week": relativedelta(weeks=1),
}
_REACH = 120
"""How far back (characters) the phrase naming the unit may end."""
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z\"“]")


def resolve_elided_part(ctx: Context) -> Resolution:
    """The span of the phrase just before, moved by its unit once per ordinal step (cut at
    P while it runs); None (no period) when no phrase of the same sentence just before
    names an ordinal part, or the part has not begun by P."""
    before = ctx.last
    text = ctx.match.string
    start = ctx.match.start()
    if before is None or not 0 <= start - before.end_char <= _REACH:
        return None
    if _SENTENCE_END.search(text, before.end_char, start):
        return None
    named = _NAMED_PART.search(text, before.start_char, before.end_char)
    if named is None:
        return None
    step = _ORDINALS[(ctx.group("ord") or "").lower()] - _ORDINALS[named.group("ord").lower()]
    if step == 0:
        return None
    unit = _STEP[named.group("unit").lower()]
    first = before.start + unit * step
    end = first + unit - dt.timedelta(days=1)
    latest = ctx.latest
    if latest is not None:
        if first > latest:
            return None
        end = min(end, latest)
    return Span(first, end, "relative")


ELIDED_PART_RULES: tuple[PeriodRule, ...] = (
    PeriodRule(
        "elided_part",
        ELIDED_PART,
        resolve_elided_part,
        needs=("the second", "the third", "the fourth", "the first"),
    ),
)
"""The elided ordinal part, named."""
