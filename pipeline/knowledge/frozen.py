"""A processed document's source and partial records kept compressed on disk until read.

Why: the cross-document merge needs every document's partial records, so they are
held from the document's extraction to the end of the batch. As live objects (pydantic
mentions, findings, sentence tuples) they take about five times the bytes they take
in the output; as one compressed pickle per field, spilled to disk
(:mod:`~pressfacts.knowledge.spill`), they leave a small handle in memory. The
source (its text, the largest part of a document record) is kept the same way. The
merge reads each field once (entities, then quotes, then statistics, then the
document records), so the partials of one kind are thawed only while that kind is
merged. A worker process sends its documents frozen: the pipe carries the small
blobs, and the parent does not unpickle them until the merge. Each document's line
of ``partials.jsonl`` is serialised when it is frozen, from the live records, and kept
compressed: at the end of the run the parent writes it as it is.
"""

from __future__ import annotations

import pickle
import zlib
from typing import Any

from pressfacts.knowledge.build import DocumentFacts
from pressfacts.knowledge.spill import Spilled, spill
from pressfacts.knowledge.store import JsonLine, json_line

_LEVEL = 1
"""zlib level: the fastest; the partials are repetitive and shrink well at any level."""


def _compress(value: object) -> bytes:
    return zlib.compress(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), _LEVEL)


def _freeze(value: object) -> Spilled:
    return spill(_compress(value))


def _thaw(blob: bytes | Spilled) -> Any:
    return pickle.loads(zlib.decompress(blob if isinstance(blob, bytes) else blob.read()))


_EMPTY = _compress([])
_LINE = "_partials_line"
"""Where a frozen document keeps its line of ``partials.jsonl`` (compressed, spilled)."""


class _Frozen:
    """A field of :class:`FrozenFacts`: frozen when set, thawed anew when read."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.slot = f"_{name}"

    def __get__(self, facts: object, owner: type | None = None) -> Any:
        if facts is None:
            return self
        return _thaw(vars(facts).get(self.slot, _EMPTY))

    def __set__(self, facts: object, value: Any) -> None:
        vars(facts)[self.slot] = _freeze(value) if value else _EMPTY


class FrozenFacts(DocumentFacts):
    """A :class:`DocumentFacts` whose source, sentences and partial records are stored frozen.

    Each of ``source``, ``sentences``, ``entities``, ``quotes`` and ``statistics`` is
    thawed anew when read (so read it once) and frozen when set; everything else is as
    in :class:`DocumentFacts`, and so are equality and ``dataclasses.replace``.
    """

    source = _Frozen()  # type: ignore[assignment]
    sentences = _Frozen()  # type: ignore[assignment]
    entities = _Frozen()  # type: ignore[assignment]
    quotes = _Frozen()  # type: ignore[assignment]
    statistics = _Frozen()  # type: ignore[assignment]


def freeze(facts: DocumentFacts) -> DocumentFacts:
    """``facts`` with its partial records frozen (the same object when already frozen).

    The ``sources`` list is shared, not copied: a later copy of the same text, found
    after the document was frozen, is still added to it in place. A document not in
    error also keeps its line of ``partials.jsonl``, serialised now from the live
    records (see :func:`written_line`).
    """
    if isinstance(facts, FrozenFacts):
        return facts
    frozen = FrozenFacts(
        facts.source,
        facts.id,
        facts.sources,
        facts.sentences,
        facts.entities,
        facts.quotes,
        facts.statistics,
        facts.error,
    )
    if facts.error is None:
        from pressfacts.knowledge.partials import document_line

        line = json_line(document_line(facts)).encode("utf-8")
        vars(frozen)[_LINE] = spill(zlib.compress(line, _LEVEL))
    return frozen


def written_line(facts: DocumentFacts) -> JsonLine | None:
    """The document's line of ``partials.jsonl`` as :func:`freeze` serialised it, if it did.

    Why: the line is made where the document was extracted (a worker process, in
    parallel) from the live records, so writing ``partials.jsonl`` at the end of the
    run neither thaws the partial records again nor serialises them in the parent.
    A copy made by ``dataclasses.replace`` has no line (it is then made from the
    fields); the line does not depend on the sources, the only field merges change.
    """
    blob: Spilled | None = vars(facts).get(_LINE)
    return None if blob is None else JsonLine(zlib.decompress(blob.read()).decode("utf-8"))
