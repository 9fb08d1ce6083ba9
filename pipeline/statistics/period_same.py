"""The resolver of "the same period", "during that time" and "that year" (rules ``same``
and ``same_year`` of :data:`pressfacts.statistics.period_table.PERIOD_RULES`): the span
stated before, past a part of it singled out with "alone"."""

from __future__ import annotations

import re

from pressfacts.statistics.period_rules import Context, Resolution, Span

_ALONE = re.compile(r"[^.,;:!?\n]{0,24}?,?\s+alone\b", re.I)
"""After a span (its phrase may end before its last words: "In the three months from
April| to June alone"): a part of the span stated before it, singled out."""
_NOT_ENCLOSING = frozenset({"same", "day", "previous", "following", "baseline", "unresolved"})
"""Kinds of span that are no span a singled-out part lies in (another's or undated)."""


def resolve_same(ctx: Context) -> Resolution:
    """ "the same period", "during that time": the span stated before; past a part of an
    enclosing span singled out with "alone" ("24,310 in the 12 months to June … In the
    three months from April to June alone, 6,880 … rose by 20% over the same period": the
    12 months), which is no span of its own to compare (rule ``same``)."""
    before = ctx.previous
    if before is None:
        return None
    if _ALONE.match(ctx.match.string, before.end_char):
        before = next(
            (
                p
                for p in reversed(ctx.found)
                if p.end_char <= before.start_char
                and p.kind not in _NOT_ENCLOSING
                and p.start <= before.start <= before.end <= p.end
                and (p.start, p.end) != (before.start, before.end)
            ),
            before,
        )
    return Span(before.start, before.end, "same", before.anchor)
