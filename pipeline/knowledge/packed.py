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
from typing import IO, Any

from pydantic import BaseModel

from pressfacts.knowledge.spill import Spilled, spill
from pressfacts.knowledge.store import JsonLine, SerialisedRecord, json_line
from pressfacts.models.records import RECORD_ADAPTER

_LEVEL = 1
_PIECE = 1 << 16
"""Bytes of a line decompressed at a time when it is written."""
"""zlib level: the fastest; record lines are repetitive and shrink well at any level."""


class PackedRecord:
    """One record of the knowledge set as compressed JSON, with its ``kind`` and ``id``."""

    __slots__ = ("_blob", "id", "kind")

    def __init__(self, record: BaseModel) -> None:
        self.kind: str = record.kind  # type: ignore[attr-defined]
        self.id: str = record.id  # type: ignore[attr-defined]
        line = (
            record.json_line()
            if isinstance(record, SerialisedRecord)  # a lean quote record makes its own
            else json_line(record.model_dump(mode="json"))
        )
        self._blob = spill(zlib.compress(line.encode("utf-8"), _LEVEL))

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


def _unpickle(kind: str, ident: str, blob: Spilled) -> PackedRecord:
    record = PackedRecord.__new__(PackedRecord)
    record.kind, record.id, record._blob = kind, ident, blob
    return record
