"""Spans of a text that are no places (entity names), merged once and looked up by bisect.

The area reader drops a gazetteer match that starts inside an entity's name ("Kent" of
"Kent Police" names a force, not a place); with one document's hundreds of matches and
mentions, a bisect over merged spans keeps that check linear in the text."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence


class SpanMasks:
    """Spans that are no places (entity names), looked up by bisect."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def covers(self, point: int) -> bool:
        """Whether ``point`` lies inside one of the spans."""
        index = bisect_right(self.starts, point) - 1
        return index >= 0 and point < self.ends[index]
