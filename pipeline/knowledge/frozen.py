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


class _Frozen:
    """A field of :class:`FrozenFacts`: frozen when set, thawed anew when read."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.slot = f"_{name}"

    def __get__(self, facts: object, owner: type | None = None) -> Any:
        if facts is None:
            return self
        return _thaw(vars(facts).get(self.slot, _EMPTY))

    def __set__(self, facts: object, value: list[Any]) -> None:
        vars(facts)[self.slot] = _freeze(value) if value else _EMPTY


class FrozenFacts(DocumentFacts):
    """A :class:`DocumentFacts` whose sentences and partial records are stored frozen.

    Each of ``sentences``, ``entities``, ``quotes`` and ``statistics`` is thawed anew
    when read (so read it once) and frozen when set; everything else is as in
    :class:`DocumentFacts`, and so are equality and ``dataclasses.replace``.
    """

    sentences = _Frozen()  # type: ignore[assignment]
    entities = _Frozen()  # type: ignore[assignment]
    quotes = _Frozen()  # type: ignore[assignment]
    statistics = _Frozen()  # type: ignore[assignment]


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
