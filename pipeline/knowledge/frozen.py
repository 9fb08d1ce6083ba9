"""A processed document's partial records kept compressed until the merge reads them.

Why: the cross-document merge needs every document's partial records, so they are
held from the document's extraction to the end of the batch. As live objects (pydantic
mentions, findings, sentence tuples) they take about five times the bytes they take
in the output; held as one compressed pickle per field they take less than the output.
The merge reads each field once (entities, then quotes, then statistics, then the
document records), so the partials of one kind are thawed only while that kind is
merged. A worker process sends its documents frozen: the pipe carries the small
blobs, and the parent does not unpickle them until the merge.
"""

from __future__ import annotations

import pickle
import zlib
from typing import Any

from pressfacts.knowledge.build import DocumentFacts

_LEVEL = 1
"""zlib level: the fastest; the partials are repetitive and shrink well at any level."""


def _freeze(value: list[Any]) -> bytes:
    return zlib.compress(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), _LEVEL)


def _thaw(blob: bytes) -> list[Any]:
    value: list[Any] = pickle.loads(zlib.decompress(blob))
    return value


_EMPTY = _freeze([])


class FrozenFacts(DocumentFacts):
    """A :class:`DocumentFacts` whose sentences and partial records are stored frozen.

    Each of ``sentences``, ``entities``, ``quotes`` and ``statistics`` is thawed anew
    when read (so read it once) and frozen when set; everything else is as in
    :class:`DocumentFacts`, and so are equality and ``dataclasses.replace``.
    """

    _sentences: bytes = _EMPTY
    _entities: bytes = _EMPTY
    _quotes: bytes = _EMPTY
    _statistics: bytes = _EMPTY

    @property  # type: ignore[override]
    def sentences(self) -> list[tuple[int, int]]:
        """The document's sentences, ``(start, end)`` offsets."""
        return _thaw(self._sentences)

    @sentences.setter
    def sentences(self, value: list[tuple[int, int]]) -> None:
        self._sentences = _freeze(value) if value else _EMPTY

    @property  # type: ignore[override]
    def entities(self) -> list[Any]:
        """The document's partial entity records."""
        return _thaw(self._entities)

    @entities.setter
    def entities(self, value: list[Any]) -> None:
        self._entities = _freeze(value) if value else _EMPTY

    @property  # type: ignore[override]
    def quotes(self) -> list[Any]:
        """The document's quote partials."""
        return _thaw(self._quotes)

    @quotes.setter
    def quotes(self, value: list[Any]) -> None:
        self._quotes = _freeze(value) if value else _EMPTY

    @property  # type: ignore[override]
    def statistics(self) -> list[Any]:
        """The document's statistic partials."""
        return _thaw(self._statistics)

    @statistics.setter
    def statistics(self, value: list[Any]) -> None:
        self._statistics = _freeze(value) if value else _EMPTY


def freeze(facts: DocumentFacts) -> DocumentFacts:
    """``facts`` with its partial records frozen (the same object when already frozen).

    The ``sources`` list is shared, not copied: a later copy of the same text, found
    after the document was frozen, is still added to it in place.
    """
    if isinstance(facts, FrozenFacts):
        return facts
    return FrozenFacts(
        facts.source,
        facts.id,
        facts.sources,
        facts.sentences,
        facts.entities,
        facts.quotes,
        facts.statistics,
        facts.error,
    )
