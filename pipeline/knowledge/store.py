"""Writing the knowledge set: JSON Lines from the models, atomically.

The file is written to a temporary file in the output folder, flushed to disk, then
renamed over ``knowledge.jsonl``: an interrupted run leaves the previous file whole.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

import jsonlines
from pydantic import BaseModel

from pressfacts.models.records import RECORD_ADAPTER, Record

KNOWLEDGE_FILE = "knowledge.jsonl"


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def write_knowledge_set(records: Iterable[BaseModel], out_dir: Path) -> Path:
    """Write ``records`` to ``out_dir/knowledge.jsonl`` atomically; return its path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / KNOWLEDGE_FILE
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 (closed below; renamed after close)
        "w", encoding="utf-8", dir=out_dir, prefix=".knowledge-", suffix=".tmp", delete=False
    )
    try:
        with handle:
            writer = jsonlines.Writer(handle, dumps=_dumps)
            writer.write_all(record.model_dump(mode="json") for record in records)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(handle.name, target)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
    return target


def read_knowledge_set(path: Path) -> Iterator[Record]:
    """Read and validate every line of a knowledge set file.

    Raises:
        ValueError: a line is not a valid record; the message names the file and line.
    """
    with jsonlines.open(path) as reader:
        for number, line in enumerate(reader, start=1):
            try:
                yield RECORD_ADAPTER.validate_python(line)
            except ValueError as error:
                raise ValueError(f"{path.name}:{number}: {error}") from error
