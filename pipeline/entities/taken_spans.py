"""Spans of a text already taken by mentions, tested for overlap by binary search.

Read where a rule adds mentions at every use of a name (:mod:`.named_again`,
:mod:`.organisation_short_names`): each use must overlap no mention found and no use
already added. A test against every span taken would make a name used thousands of times
in one document quadratic; here each test is a binary search.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable
from itertools import accumulate


class TakenSpans:
    """The spans already taken: those given at the start (sorted, with the furthest end
    reached by each prefix, so they may overlap one another) and those added after (which
    overlap nothing taken, kept sorted)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        found = sorted(spans)
        self._starts = [start for start, _end in found]
        self._reach = list(accumulate((end for _start, end in found), max))
        self._added: list[tuple[int, int]] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a span taken."""
        before = bisect_left(self._starts, end) - 1  # the spans given that start before ``end``
        if before >= 0 and self._reach[before] > start:
            return True
        at = bisect_left(self._added, (start, end))
        if at and self._added[at - 1][1] > start:
            return True
        return at < len(self._added) and self._added[at][0] < end

    def add(self, start: int, end: int) -> None:
        """Take ``[start, end)`` (it overlaps nothing taken)."""
        insort(self._added, (start, end))
