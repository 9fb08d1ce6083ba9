"""A packed record gives back the same JSON data, kind, id and fields as the record."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pressfacts.knowledge.packed import PackedRecord
from pressfacts.knowledge.store import json_line, read_knowledge_set

OUTPUT = Path(__file__).parents[2] / "outputs" / "knowledge.jsonl"


def _first(kind: str) -> Any:
    return next(record for record in read_knowledge_set(OUTPUT) if record.kind == kind)


@pytest.mark.parametrize("kind", ["entity", "quote", "statistic"])
def test_packed_record_round_trips(kind: str) -> None:
    record = _first(kind)
    packed = PackedRecord(record)
    assert (packed.kind, packed.id) == (record.kind, record.id)
    assert packed.model_dump(mode="json") == record.model_dump(mode="json")
    assert packed.unpack() == record
    assert packed.mentions == record.mentions  # any other field unpacks


@pytest.mark.parametrize("kind", ["entity", "quote", "statistic"])
def test_packed_record_holds_the_line_the_writer_makes(kind: str) -> None:
    record = _first(kind)
    assert PackedRecord(record).json_line() == json_line(record.model_dump(mode="json"))
