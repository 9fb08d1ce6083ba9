"""Whether a period is spoken of as to come: "will run from 3 to 9 June", "would start
work in November".

Why: a release counts what has happened, so a year-less date is placed before P; but a
sentence that speaks of a plan means the next such date. The period rules of ranges and
of a month alone ask :func:`to_come`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pressfacts.statistics.period_rules import Context

FUTURE_WORDS = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:to|set\s+to|due\s+to|planned)|plans?\s+to|planned|"
    r"upcoming|forthcoming|coming|next|would\s+(?:start|begin|open|launch|run|be))\b",
    re.I,
)
"""Words that put a period to come: "will run from 3 to 9 June", "is due to open", "would
start work in November" (reported)."""
_SENTENCE_EDGE = re.compile(r"[.!?]\s|\n")
_REACH = 200
"""How far (characters) each side of a range its sentence is read for future words."""


def to_come(ctx: Context) -> bool:
    """Whether the sentence of the period matched speaks of it as to come
    (:data:`FUTURE_WORDS`)."""
    text, start, end = ctx.match.string, ctx.match.start(), ctx.match.end()
    before = text[max(0, start - _REACH) : start]
    edges = list(_SENTENCE_EDGE.finditer(before))
    before = before[edges[-1].end() :] if edges else before
    after = text[end : end + _REACH]
    edge = _SENTENCE_EDGE.search(after)
    after = after[: edge.start()] if edge else after
    return bool(FUTURE_WORDS.search(before) or FUTURE_WORDS.search(after))
