"""The latest-listed item starting before a position, for positions asked in text order.

Why: a later mention by family name ("Jones") refers to the person of that name listed
last among those introduced before it. Filtering every candidate for every mention is
quadratic when a document names the same family thousands of times; walking the
candidates once in order of start, while the positions asked only grow, is linear.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")


class LatestBefore(Generic[T]):
    """``items`` (in list order) answered by start: see :meth:`at`."""

    def __init__(self, items: Sequence[T], start: Callable[[T], int]) -> None:
        self._items = items
        self._start = start
        self._by_start = sorted(range(len(items)), key=lambda index: start(items[index]))
        self._seen = 0
        self._latest = -1

    def at(self, position: int) -> T:
        """The item listed last among those starting before ``position``; with none, the
        first item. ``position`` must not decrease from one call to the next."""
        while self._seen < len(self._by_start):
            index = self._by_start[self._seen]
            if self._start(self._items[index]) >= position:
                break
            self._latest = max(self._latest, index)
            self._seen += 1
        return self._items[self._latest if self._latest >= 0 else 0]
