"""Every quote of a batch as the quote merge holds it: on disk, each read back when needed.

Why: the quote merge needs every quote of the batch before it can build the first
record (copies are found across the whole batch), but of each quote it needs only its
normalised text and speaker to find the groups, and its runs, document and attribution
again only when its group's record is built. Held as objects (a tuple of runs, their
words and document ids, per quote) they were the largest part of the run's peak memory
beyond the output: a reprinted quote is held once per copy, its record once. Here each
quote is kept in a :class:`~pressfacts.knowledge.spilled_list.SpilledList` (on disk,
its place a number in an array); :meth:`HeldQuotes.__getitem__` reads one back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from pressfacts.knowledge.spilled_list import SpilledList

if TYPE_CHECKING:
    from pressfacts.knowledge.quote_merge import QuotePartial


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

    @property
    def text(self) -> str:
        """The quoted words, runs joined by a space."""
        return " ".join(run.text for run in self.runs)


class HeldQuotes:
    """Quotes added one at a time and read back by their number, kept on disk."""

    def __init__(self) -> None:
        self._quotes = SpilledList()

    def add(self, partial: QuotePartial) -> str:
        """Keep ``partial`` as a :class:`Held` quote (number ``len(self)``); its text."""
        runs = tuple((m.doc, m.start, m.end, m.text) for m in partial.mentions)
        self._quotes.append((partial.doc, runs, partial.speaker, partial.attribution))
        return " ".join(run[3] for run in runs)

    def __len__(self) -> int:
        return len(self._quotes)

    def __getitem__(self, index: int) -> Held:
        doc, runs, speaker, attribution = self._quotes[index]
        return Held(doc, tuple(Run(*run) for run in runs), speaker, attribution)
