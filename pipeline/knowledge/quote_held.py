"""Every quote of a batch as the quote merge holds it: on disk, each read back when needed.

Why: the quote merge needs every quote of the batch before it can build the first
record (copies are found across the whole batch), but of each quote it needs only its
normalised text and speaker to find the groups, and its runs, document and attribution
again only when its group's record is built. Held as objects (a tuple of runs, their
words and document ids, per quote) they were the largest part of the run's peak memory
beyond the output: a reprinted quote is held once per copy, its record once. Here each
quote is pickled into a buffer spilled to the run's temporary file
(:mod:`~pressfacts.knowledge.spill`) a piece at a time, and only its place (two numbers
in arrays) stays in memory; :meth:`HeldQuotes.__getitem__` reads one back.
"""

from __future__ import annotations

import pickle
from array import array
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from pressfacts.knowledge.spill import Spilled, spill

if TYPE_CHECKING:
    from pressfacts.knowledge.quote_merge import QuotePartial

_PIECE = 1 << 16
"""Bytes of pickled quotes gathered before they are spilled (one write per piece)."""


class Run(NamedTuple):
    """A mention's fields: a quarter of a :class:`~pressfacts.models.records.Mention`'s
    memory while a record is built from it."""

    doc: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Held:
    """A quote as the merge reads it back: its runs as :class:`Run` tuples, not pydantic
    mentions."""

    doc: str
    runs: tuple[Run, ...]
    speaker: str | None
    attribution: str

    @classmethod
    def of(cls, partial: QuotePartial) -> Held:
        """The held form of ``partial``."""
        runs = tuple(Run(m.doc, m.start, m.end, m.text) for m in partial.mentions)
        return cls(partial.doc, runs, partial.speaker, partial.attribution)

    @property
    def text(self) -> str:
        """The quoted words, runs joined by a space."""
        return " ".join(run.text for run in self.runs)


class HeldQuotes:
    """Quotes added one at a time and read back by their number, kept on disk."""

    def __init__(self) -> None:
        self._starts = array("q")  # where each quote's bytes start, over all pieces
        self._pieces: list[Spilled] = []
        self._piece_starts = array("q")  # where each spilled piece starts, likewise
        self._buffer = bytearray()
        self._size = 0  # bytes added, spilled or in the buffer

    def add(self, quote: Held) -> None:
        """Keep ``quote`` (number ``len(self)``)."""
        runs = tuple(tuple(run) for run in quote.runs)
        data = pickle.dumps((quote.doc, runs, quote.speaker, quote.attribution), protocol=5)
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

    def __getitem__(self, index: int) -> Held:
        self._flush()
        start = self._starts[index]
        end = self._starts[index + 1] if index + 1 < len(self._starts) else self._size
        piece = bisect_right(self._piece_starts, start) - 1
        offset = start - self._piece_starts[piece]
        data = self._pieces[piece].read(offset, end - start)
        doc, runs, speaker, attribution = pickle.loads(data)
        return Held(doc, tuple(Run(*run) for run in runs), speaker, attribution)
