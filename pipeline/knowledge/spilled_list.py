"""A list of small values kept on disk, each read back by its number when needed.

Why: the cross-document merges need every partial of a kind before they can build the
first record (copies are found across the whole batch), but of each partial they need
only a few keys to find the groups, and the rest again only when its group's record is
built. Held as objects (tuples, their strings, per partial) the partials were the
largest part of the run's peak memory beyond the output. A :class:`SpilledList`
pickles each value into a buffer that is spilled to the run's temporary file
(:mod:`~pressfacts.knowledge.spill`) a piece at a time; only where each value starts
(one number in an array) stays in memory.
"""

from __future__ import annotations

import pickle
from array import array
from bisect import bisect_right
from typing import Any

from pressfacts.knowledge.spill import Spilled, spill

_PIECE = 1 << 16
"""Bytes of pickled values gathered before they are spilled (one write per piece)."""


class SpilledList:
    """Values appended one at a time and read back by their number, kept on disk."""

    def __init__(self) -> None:
        self._starts = array("q")  # where each value's bytes start, over all pieces
        self._pieces: list[Spilled] = []
        self._piece_starts = array("q")  # where each spilled piece starts, likewise
        self._buffer = bytearray()
        self._size = 0  # bytes appended, spilled or in the buffer

    def append(self, value: Any) -> None:
        """Keep ``value`` (picklable; number ``len(self)``)."""
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        self._starts.append(self._size)
        self._buffer += data
        self._size += len(data)
        if len(self._buffer) >= _PIECE:
            self._flush()

    def _flush(self) -> None:
        if self._buffer:
            self._piece_starts.append(self._size - len(self._buffer))
            self._pieces.append(spill(bytes(self._buffer)))
            self._buffer = bytearray()

    def __len__(self) -> int:
        return len(self._starts)

    def __getitem__(self, index: int) -> Any:
        """Value number ``index`` (a new object on each read)."""
        self._flush()
        start = self._starts[index]
        end = self._starts[index + 1] if index + 1 < len(self._starts) else self._size
        piece = bisect_right(self._piece_starts, start) - 1  # a value lies in one piece
        data = self._pieces[piece].read(start - self._piece_starts[piece], end - start)
        return pickle.loads(data)
