"""A merged record kept as its compressed JSON line on disk until the set is written.

Why: after the cross-document merge a run holds every record of the set until it is
written, and a record as pydantic objects takes several times its JSON bytes (a
mention about 600 bytes against about 80). :func:`~pressfacts.knowledge.combine.assemble`
packs each kind of record (entities, then quotes, then statistics) as soon as it is
merged and checked, so only one record is ever live at once. The record is packed as
the line the writer would make of it, compressed and spilled to disk
(:mod:`~pressfacts.knowledge.spill`), leaving a small handle; writing takes
:meth:`PackedRecord.json_line` as it is (:meth:`PackedRecord.model_dump` gives back the
same JSON data), so the output
bytes do not change; any other attribute (a summary's ``kind`` and ``id`` aside)
unpacks the record again, so code that reads records still works, only slower.
"""

from __future__ import annotations

import json
import zlib
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Any, overload

from pydantic import BaseModel

from pressfacts.knowledge.spill import Spilled, spill
from pressfacts.knowledge.store import JsonLine, json_line
from pressfacts.models.records import RECORD_ADAPTER

LEVEL = 1
"""zlib level: the fastest; record lines are repetitive and shrink well at any level."""
_PIECE = 1 << 16
"""Bytes of a line decompressed at a time when it is written."""


class PackedRecord:
    """One record of the knowledge set as compressed JSON, with its ``kind`` and ``id``."""

    __slots__ = ("_blob", "_id", "kind")

    def __init__(self, record: BaseModel) -> None:
        self.kind: str = record.kind  # type: ignore[attr-defined]
        self._id: str | None = record.id  # type: ignore[attr-defined]
        # a lean quote record makes its own line, in pieces, compressed as they come (the
        # class is asked: a runtime protocol check on a pydantic model costs more)
        if callable(getattr(type(record), "line_pieces", None)):
            deflate = zlib.compressobj(LEVEL)
            parts = [deflate.compress(piece.encode("utf-8")) for piece in record.line_pieces()]  # type: ignore[attr-defined]
            parts.append(deflate.flush())
            self._blob = spill(b"".join(parts))
            return
        line = json_line(record.model_dump(mode="json"))
        self._blob = spill(zlib.compress(line.encode("utf-8"), LEVEL))

    @property
    def id(self) -> str:
        """The record's id (read from its line when the handle was made without it)."""
        if self._id is None:
            self._id = str(self.model_dump()["id"])
        return self._id

    def __reduce__(self) -> tuple[Any, ...]:
        # pickled as its parts: the default would look up __setstate__ through __getattr__
        return (_unpickle, (self.kind, self.id, self._blob))

    def json_line(self) -> JsonLine:
        """The record's line of the knowledge set, as the writer serialises it (written
        as it is: no second round through JSON)."""
        return JsonLine(zlib.decompress(self._blob.read()).decode("utf-8"))

    def write_line(self, handle: IO[bytes]) -> None:
        """Write the record's line (UTF-8, no line end) to ``handle``, decompressed piece
        by piece: a long record (a widely reprinted quote) is never whole in memory."""
        inflate = zlib.decompressobj()
        data = self._blob.read()
        while data:
            handle.write(inflate.decompress(data, _PIECE))
            data = inflate.unconsumed_tail
        handle.write(inflate.flush())

    def model_dump(self, mode: str = "json") -> dict[str, Any]:
        """The record's JSON data, as ``record.model_dump(mode="json")`` gave it."""
        data: dict[str, Any] = json.loads(zlib.decompress(self._blob.read()))
        return data

    def unpack(self) -> Any:
        """The record as its pydantic model again."""
        return RECORD_ADAPTER.validate_python(self.model_dump())

    def __getattr__(self, name: str) -> Any:
        return getattr(self.unpack(), name)


def packed_line(kind: str, ident: str, blob: Spilled) -> PackedRecord:
    """A packed record of its line already compressed (``zlib`` at :data:`LEVEL`) in
    ``blob``: a document's, packed where it was extracted
    (:func:`~pressfacts.knowledge.frozen.document_blob`)."""
    return _unpickle(kind, ident, blob)


def _unpickle(kind: str, ident: str | None, blob: Spilled) -> PackedRecord:
    record = PackedRecord.__new__(PackedRecord)
    record.kind, record._id, record._blob = kind, ident, blob
    return record


class PackedRecords(Sequence[Any]):
    """A knowledge set's records in file order, the packed ones held with no object each.

    Why: a run holds every packed record from its merge to the end of the write; as
    :class:`PackedRecord` handles (the handle, its blob's handle, their numbers, the id)
    they took about 250 bytes a record, a third of the output's bytes. Here a packed
    record is a kind code and its blob's place in four arrays; reading an item makes a
    :class:`PackedRecord` anew (its ``id`` read from the line when asked). Any other
    record (the run record) is kept as it is.
    """

    def __init__(self, records: Iterable[Any] = ()) -> None:
        self._kinds = bytearray()
        self._kind_names: list[str] = []
        self._offsets = array("q")
        self._lengths = array("q")
        self._descriptors = array("i")
        self._loose: dict[int, Any] = {}
        self.extend(records)

    _LOOSE = 255

    def append(self, record: Any) -> None:
        """Add ``record`` at the end (packed records by their blob's place only)."""
        if not isinstance(record, PackedRecord):
            self._loose[len(self._kinds)] = record
            self._kinds.append(self._LOOSE)
            for column in (self._offsets, self._lengths, self._descriptors):
                column.append(0)
            return
        if record.kind not in self._kind_names:
            self._kind_names.append(record.kind)
        blob = record._blob
        self._kinds.append(self._kind_names.index(record.kind))
        self._offsets.append(blob.offset)
        self._lengths.append(blob.length)
        self._descriptors.append(blob.descriptor)

    def extend(self, records: Iterable[Any]) -> None:
        """Add each of ``records`` at the end."""
        for record in records:
            self.append(record)

    def __len__(self) -> int:
        return len(self._kinds)

    def _item(self, index: int) -> Any:
        code = self._kinds[index]
        if code == self._LOOSE:
            return self._loose[index]
        blob = Spilled(self._offsets[index], self._lengths[index], self._descriptors[index])
        return _unpickle(self._kind_names[code], None, blob)

    @overload
    def __getitem__(self, index: int) -> Any: ...

    @overload
    def __getitem__(self, index: slice) -> list[Any]: ...

    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return [self._item(i) for i in range(*index.indices(len(self)))]
        if not -len(self) <= index < len(self):
            raise IndexError("record index out of range")
        return self._item(index % len(self))

    def __iter__(self) -> Iterator[Any]:
        for index in range(len(self)):
            yield self._item(index)
