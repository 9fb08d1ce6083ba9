"""Reading what a load takes in: the knowledge set and its renamed-ids side file.

Both are checked whole before the database is touched, and every problem is one line
naming the file (and line) — the CLI prints it and exits with status 2.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from pressfacts.models.records import (
    RECORD_ADAPTER,
    DocumentRecord,
    EntityRecord,
    QuoteRecord,
    RunRecord,
    StatisticRecord,
    check_references,
)

SUPPORTED_SCHEMA_VERSIONS = (1, 2)
"""The knowledge-set contract versions ``pressfacts load`` reads."""

RENAMED_IDS_FILE = "renamed-ids.jsonl"
"""The side file ``run --merge`` writes beside ``knowledge.jsonl``: old id -> new id."""

_KIND_OF_PREFIX = {"doc": "document", "quote": "quote", "stat": "statistic"}

DataRecord = DocumentRecord | EntityRecord | QuoteRecord | StatisticRecord


class LoadInputError(ValueError):
    """A file a load takes in cannot be loaded; the message is one line."""


@dataclass(frozen=True)
class KnowledgeSet:
    """A validated knowledge set: its run record, its other records, its SHA-256."""

    path: Path
    run: RunRecord
    records: list[DataRecord]
    sha256: str
    dropped_affiliations: int = 0
    """Version 1 only: affiliation ids that named no entity record (dropped, not loaded)."""


class RenamedId(BaseModel):
    """One line of ``renamed-ids.jsonl``: a record whose id changed between two runs."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    old: str
    new: str


def record_kind_of_id(record_id: str) -> str:
    """The record kind an id names: ``doc:``, ``quote:``, ``stat:``, else an entity."""
    return _KIND_OF_PREFIX.get(record_id.split(":", 1)[0], "entity")


def _first_error(error: ValidationError) -> str:
    """One line out of a pydantic error: ``field.path: message``."""
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    return f"{where}: {first['msg']}" if where else str(first["msg"])


def _json_lines(path: Path) -> list[tuple[int, object]]:
    """The JSON value of every non-blank line, with its line number."""
    values = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                values.append((number, json.loads(line)))
            except json.JSONDecodeError as error:
                raise LoadInputError(f"{path.name}:{number}: not JSON: {error.msg}") from error
    return values


def _check_run(path: Path, lines: list[tuple[int, object]]) -> RunRecord:
    if not lines or not isinstance(lines[0][1], dict) or lines[0][1].get("kind") != "run":
        raise LoadInputError(f"{path.name}: the first line is not a run record")
    version = lines[0][1].get("schema_version")
    if version not in SUPPORTED_SCHEMA_VERSIONS:
        known = ", ".join(str(v) for v in SUPPORTED_SCHEMA_VERSIONS)
        raise LoadInputError(
            f"{path.name}: schema_version {version!r} is not supported (pressfacts load reads "
            f"{known})"
        )
    try:
        return RunRecord.model_validate(lines[0][1])
    except ValidationError as error:
        raise LoadInputError(f"{path.name}:{lines[0][0]}: {_first_error(error)}") from error


def _drop_dangling_affiliations(records: list[DataRecord]) -> tuple[list[DataRecord], int]:
    """Version 1 did not promise that affiliations name records: drop those that do not."""
    entity_ids = {record.id for record in records if isinstance(record, EntityRecord)}
    kept: list[DataRecord] = []
    dropped = 0
    for record in records:
        if isinstance(record, EntityRecord) and any(
            a not in entity_ids for a in record.affiliations
        ):
            affiliations = [a for a in record.affiliations if a in entity_ids]
            dropped += len(record.affiliations) - len(affiliations)
            record = record.model_copy(update={"affiliations": affiliations})
        kept.append(record)
    return kept, dropped


def _check_offsets(path: Path, records: list[DataRecord]) -> None:
    """Every mention's text is ``document.text[start:end]`` (the contract's sacred rule)."""
    texts = {record.id: record.text for record in records if isinstance(record, DocumentRecord)}
    for record in records:
        if isinstance(record, DocumentRecord):
            continue
        for mention in record.mentions:
            text = texts.get(mention.doc, "")
            if text[mention.start : mention.end] != mention.text:
                raise LoadInputError(
                    f"{path.name}: {record.id}: mention {mention.text!r} is not "
                    f"{mention.doc}[{mention.start}:{mention.end}]"
                )


def read_knowledge(path: Path) -> KnowledgeSet:
    """Read, validate and check the references of a knowledge set file.

    Raises:
        LoadInputError: unreadable file, unsupported ``schema_version``, a line that is
            not a valid record, a second run record, an id that points at no record, or
            a mention whose text is not the document's text at its offsets.
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        raise LoadInputError(f"{path}: {error.strerror}") from error
    lines = _json_lines(path)
    run = _check_run(path, lines)
    records: list[DataRecord] = []
    for number, value in lines[1:]:
        try:
            record = RECORD_ADAPTER.validate_python(value)
        except ValidationError as error:
            raise LoadInputError(f"{path.name}:{number}: {_first_error(error)}") from error
        if isinstance(record, RunRecord):
            raise LoadInputError(f"{path.name}:{number}: a second run record")
        records.append(record)
    dropped = 0
    if run.schema_version == 1:
        records, dropped = _drop_dangling_affiliations(records)
    try:
        check_references(records)
    except ValueError as error:
        raise LoadInputError(f"{path.name}: {error}") from error
    _check_offsets(path, records)
    return KnowledgeSet(path, run, records, hashlib.sha256(data).hexdigest(), dropped)


def read_renamed_ids(path: Path) -> list[RenamedId]:
    """The renames of a ``renamed-ids.jsonl`` file, in file order (none when it is absent).

    Raises:
        LoadInputError: a line that is not ``{"old": id, "new": id}`` of one record kind.
    """
    if not path.exists():
        return []
    renames = []
    for number, value in _json_lines(path):
        try:
            rename = RenamedId.model_validate(value)
        except ValidationError as error:
            raise LoadInputError(f"{path.name}:{number}: {_first_error(error)}") from error
        if record_kind_of_id(rename.old) != record_kind_of_id(rename.new):
            raise LoadInputError(
                f"{path.name}:{number}: {rename.old} -> {rename.new} changes the kind of record"
            )
        renames.append(rename)
    return renames
