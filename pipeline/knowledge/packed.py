"""A merged record kept as its compressed JSON line on disk until the set is written.

Why: after the cross-document merge a run holds every record of the set until it is
written, and a record as pydantic objects takes several times its JSON bytes (a
mention about 600 bytes against about 80). :func:`~pressfacts.knowledge.combine.assemble`
packs each kind of record (entities, then quotes, then statistics) as soon as it is
merged and checked, so only one record is ever live at once; the compressed line is
spilled to disk (:mod:`~pressfacts.knowledge.spill`), leaving a small handle. Writing asks for
:meth:`PackedRecord.model_dump`, which gives back the same JSON data, so the output
bytes do not change; any other attribute (a summary's ``kind`` and ``id`` aside)
unpacks the record again, so code that reads records still works, only slower.
"""

from __future__ import annotations

import json
import zlib
from typing import Any

from pydantic import BaseModel

from pressfacts.knowledge.spill import spill
from pressfacts.models.records import RECORD_ADAPTER

_LEVEL = 1
"""zlib level: the fastest; record lines are repetitive and shrink well at any level."""


class PackedRecord:
    """One record of the knowledge set as compressed JSON, with its ``kind`` and ``id``."""

    __slots__ = ("_blob", "id", "kind")

    def __init__(self, record: BaseModel) -> None:
        self.kind: str = record.kind  # type: ignore[attr-defined]
        self.id: str = record.id  # type: ignore[attr-defined]
        line = json.dumps(record.model_dump(mode="json"), ensure_ascii=False)
        self._blob = spill(zlib.compress(line.encode("utf-8"), _LEVEL))

    def model_dump(self, mode: str = "json") -> dict[str, Any]:
        """The record's JSON data, as ``record.model_dump(mode="json")`` gave it."""
        data: dict[str, Any] = json.loads(zlib.decompress(self._blob.read()))
        return data

    def unpack(self) -> Any:
        """The record as its pydantic model again."""
        return RECORD_ADAPTER.validate_python(self.model_dump())

    def __getattr__(self, name: str) -> Any:
        return getattr(self.unpack(), name)
