"""A packed record gives back the same JSON data, kind, id and fields as the record."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from pressfacts.knowledge.packed import PackedRecord, PackedRecords
from pressfacts.knowledge.store import json_line, read_knowledge_set
from pressfacts.models.records import Mention

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


@pytest.mark.parametrize(
    ("copies", "text"),
    [
        (1, "We will keep going"),
        (3000, "We will keep “going” — every week\u2028and month"),  # a line of several pieces
    ],
)
def test_packed_record_writes_its_line_piece_by_piece(copies: int, text: str) -> None:
    record = _first("quote").model_copy(
        update={
            "mentions": [
                Mention(doc=f"doc:{n:016x}", start=n, end=n + len(text), text=text)
                for n in range(copies)
            ]
        }
    )
    written = io.BytesIO()
    PackedRecord(record).write_line(written)
    assert written.getvalue() == json_line(record.model_dump(mode="json")).encode("utf-8")


@pytest.mark.parametrize("kinds", [(), ("entity",), ("entity", "quote", "statistic", "quote")])
def test_packed_records_hold_each_record_in_order(kinds: tuple[str, ...]) -> None:
    loose = {"kind": "run"}  # a record kept as it is
    packed = [PackedRecord(_first(kind)) for kind in kinds]
    records = PackedRecords([loose, *packed])
    assert len(records) == len(packed) + 1
    assert records[0] is loose
    again = [(r.kind, r.id, r.json_line()) for r in records[1:]]
    assert again == [(p.kind, p.id, p.json_line()) for p in packed]
    assert [r.kind for r in records[1:]] == list(kinds)
    if packed:
        assert records[-1].json_line() == packed[-1].json_line()
    with pytest.raises(IndexError):
        records[len(records)]
