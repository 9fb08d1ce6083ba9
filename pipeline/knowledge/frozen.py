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
compressed: at the end of the run the parent writes it as it is. So is its document
record's line of ``knowledge.jsonl``, packed as the merge would pack it: with workers
the parent, whose merge is serial, no longer serialises a thousand document texts
(:func:`document_blob`).
"""

from __future__ import annotations

import pickle
import struct
import zlib
from typing import Any

from pressfacts.knowledge.build import DocumentFacts
from pressfacts.knowledge.packed import LEVEL as PACKED_LEVEL
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


_PACKED = "_packed"
"""Where :func:`freeze` keeps a document's frozen fields and lines: one spilled blob (the
fields' compressed bytes one after the other), held as one small ``bytes`` saying where
it lies and the length of each part, in :data:`_PACKED_FIELDS` order (:func:`_place`:
73 bytes a document, against about 420 as a handle and a tuple of numbers)."""
_DOCUMENT = "_document_line"
"""Where a frozen document keeps its document record's line (compressed as
:class:`~pressfacts.knowledge.packed.PackedRecord` compresses one, in the one blob)."""
_PACKED_FIELDS = ("source", "sentences", "entities", "quotes", "statistics", _LINE, _DOCUMENT)


def _place(blob: Spilled, lengths: tuple[int, ...]) -> bytes:
    """Where ``blob`` lies and the lengths of its parts, packed into one ``bytes``."""
    return struct.pack(f"<iq{len(lengths)}I", blob.descriptor, blob.offset, *lengths)


def _packed(facts: object) -> tuple[Spilled, tuple[int, ...]] | None:
    """The document's one blob and the lengths of its parts (None: no blob)."""
    place: bytes | None = vars(facts).get(_PACKED)
    if place is None:
        return None
    descriptor, offset, *lengths = struct.unpack(f"<iq{(len(place) - 12) // 4}I", place)
    return Spilled(offset, sum(lengths), descriptor), tuple(lengths)


def _packed_part(facts: object, name: str) -> bytes | None:
    """The compressed bytes of field ``name`` in the document's one blob, if it has one."""
    packed = _packed(facts)
    if packed is None:
        return None
    blob, lengths = packed
    index = _PACKED_FIELDS.index(name)
    return blob.read(sum(lengths[:index]), lengths[index])


class _Frozen:
    """A field of :class:`FrozenFacts`: frozen when set, thawed anew when read."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name, self.slot = name, f"_{name}"

    def __get__(self, facts: object, owner: type | None = None) -> Any:
        if facts is None:
            return self
        blob = vars(facts).get(self.slot)
        if blob is None:
            blob = _packed_part(facts, self.name)
        return _thaw(_EMPTY if blob is None else blob)

    def __set__(self, facts: object, value: Any) -> None:
        vars(facts)[self.slot] = _freeze(value) if value else _EMPTY


class FrozenFacts(DocumentFacts):
    """A :class:`DocumentFacts` whose source, sentences and partial records are stored frozen.

    Each of ``source``, ``sentences``, ``entities``, ``quotes`` and ``statistics`` is
    thawed anew when read (so read it once) and frozen when set; everything else is as
    in :class:`DocumentFacts`, and so are equality and ``dataclasses.replace``. Pickled
    (from a worker to the parent), the blob goes as its bytes, into the receiver's file.
    """

    def __getstate__(self) -> dict[str, Any]:
        state = dict(vars(self))
        if _PACKED in state:
            state[_PACKED] = _packed(self)  # the blob's handle pickles as its bytes
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        packed = state.get(_PACKED)
        if packed is not None:
            state = {**state, _PACKED: _place(*packed)}
        vars(self).update(state)

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
    frozen = FrozenFacts(None, facts.id, facts.sources, error=facts.error)  # type: ignore[arg-type]
    held = vars(frozen)
    fields = _PACKED_FIELDS[: _PACKED_FIELDS.index(_LINE)]
    compressed = [_compress(getattr(facts, name)) for name in fields]
    for name in fields:
        del held[f"_{name}"]  # read from the one blob
    if facts.error is None:
        from pressfacts.knowledge.partials import document_line

        line = json_line(document_line(facts)).encode("utf-8")
        compressed.append(zlib.compress(line, _LEVEL))
        record = json_line(facts.record().model_dump(mode="json")).encode("utf-8")
        compressed.append(zlib.compress(record, PACKED_LEVEL))
    held[_PACKED] = _place(spill(b"".join(compressed)), tuple(map(len, compressed)))
    # a table of its four entries: the deleted fields' slots stay in the first one (112
    # bytes a document, held to the end of the run)
    frozen.__dict__ = dict(held.items())
    return frozen


def document_blob(facts: DocumentFacts) -> Spilled | None:
    """Where the document record's line, as :func:`freeze` packed it, lies, while it holds.

    It holds while the document has one source, the one it was frozen with (a later copy
    of its text adds another; a copy made by ``dataclasses.replace``, on a merge of two
    runs, has no line): the line is then the bytes the merge would pack, and the merge
    takes this handle into the frozen blob as its packed record, copying nothing."""
    packed = _packed(facts)
    if len(facts.sources) != 1 or packed is None or len(packed[1]) < len(_PACKED_FIELDS):
        return None
    blob, lengths = packed
    index = _PACKED_FIELDS.index(_DOCUMENT)
    return Spilled(blob.offset + sum(lengths[:index]), lengths[index], blob.descriptor)


def written_line(facts: DocumentFacts) -> JsonLine | None:
    """The document's line of ``partials.jsonl`` as :func:`freeze` serialised it, if it did.

    Why: the line is made where the document was extracted (a worker process, in
    parallel) from the live records, so writing ``partials.jsonl`` at the end of the
    run neither thaws the partial records again nor serialises them in the parent.
    A copy made by ``dataclasses.replace`` has no line (it is then made from the
    fields); the line does not depend on the sources, the only field merges change.
    """
    packed = _packed(facts)
    if packed is None or len(packed[1]) <= _PACKED_FIELDS.index(_LINE):  # a copy, or in error
        return None
    line = _packed_part(facts, _LINE)
    return None if line is None else JsonLine(zlib.decompress(line).decode("utf-8"))
