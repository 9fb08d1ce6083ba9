"""``partials.jsonl``: the per-document partial records kept beside the knowledge set.

Why: the records of ``knowledge.jsonl`` are already merged across documents and cannot
be split again, so a later ``pressfacts run NEW --merge`` could not add documents to
them without reprocessing the corpus. This side file keeps what each document
contributed before the merge (:class:`~pressfacts.knowledge.build.DocumentFacts`): its
partial entities, quotes and statistics. Together with the document records of
``knowledge.jsonl`` (their text, sources, title, date, sentences, warnings, error) it
gives back the :class:`~pressfacts.knowledge.combine.KnowledgeParts` of the set
exactly, so merging new documents in equals one run over all of them, byte for byte.

Compact: the document text is not stored twice (mentions are ``[start, end]`` into
the document record's text; their ``doc`` is the line's document), fields at their
defaults are left out, and documents in error have no line. The first line is a
header: the format and its version, the pipeline version and config overrides that
made the partials (another version could extract differently, so merging across
versions is refused), and the SHA-256 of the ``knowledge.jsonl`` it belongs to (an
edited knowledge set, or one from another run, is refused rather than merged wrong).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from pressfacts.findings import StatisticFinding
from pressfacts.knowledge.beside import Result
from pressfacts.knowledge.build import DocumentFacts
from pressfacts.knowledge.combine import KnowledgeParts
from pressfacts.knowledge.copy_dates import own_warnings
from pressfacts.knowledge.frozen import written_line
from pressfacts.knowledge.quote_merge import QuotePartial
from pressfacts.knowledge.renamed import (
    RENAMED_IDS_FILE,
    read_renamed_lines,
    renamed_ids,
    renamed_lines,
)
from pressfacts.knowledge.statistic_merge import PartialStatistic
from pressfacts.knowledge.store import (
    KNOWLEDGE_FILE,
    SHA_PLACEHOLDER,
    JsonLine,
    Prewritten,
    SideFiles,
    file_sha256,
    write_ahead,
)
from pressfacts.models.records import (
    RECORD_ADAPTER,
    SCHEMA_VERSION,
    DocumentRecord,
    EntityRecord,
    Mention,
    Period,
    Record,
    RunRecord,
)
from pressfacts.reader.read import SourceDocument
from pressfacts.reader.url_dates import date_from_url
from pressfacts.version import __version__

PARTIALS_FILE = "partials.jsonl"
PARTIALS_FORMAT = "pressfacts-partials"
PARTIALS_VERSION = 2
"""Raised whenever the lines below change meaning; an older file is then refused."""

_FINDING = TypeAdapter(StatisticFinding)


class PartialsError(ValueError):
    """The knowledge set in the output folder cannot be merged into; one line for the user."""


@dataclass(frozen=True)
class StoredSet:
    """A knowledge set read back from its folder: its parts and its records as written."""

    parts: KnowledgeParts
    records: list[Record]
    renamed: list[dict[str, str]]
    """The lines of the ``renamed-ids.jsonl`` already beside it."""


def _spans(mentions: Any) -> list[list[int]]:
    return [[mention.start, mention.end] for mention in mentions]


def _entity(record: EntityRecord) -> dict[str, Any]:
    data = record.model_dump(mode="json", exclude={"kind", "mentions"}, exclude_defaults=True)
    return {**data, "mentions": _spans(record.mentions)}


def _quote(partial: QuotePartial) -> dict[str, Any]:
    line: dict[str, Any] = {
        "mentions": _spans(partial.mentions),
        "attribution": partial.attribution,
    }
    if partial.speaker is not None:
        line["speaker"] = partial.speaker
    if partial.follows:
        line["follows"] = True
    return line


def _statistic(partial: PartialStatistic) -> dict[str, Any]:
    line = {
        "finding": _FINDING.dump_python(partial.finding, mode="json", exclude_none=True),
        "mention": [partial.mention.start, partial.mention.end],
    }
    if partial.period is not None:
        line["period"] = partial.period.model_dump(mode="json")
    return line


def partials_lines(
    parts: KnowledgeParts, knowledge_sha: str, overrides: dict[str, Any] | None = None
) -> Iterator[dict[str, Any] | JsonLine]:
    """The lines of ``partials.jsonl``: the header, then one per document not in error,
    in id order (as serialised when it was frozen, else made now)."""
    yield {
        "format": PARTIALS_FORMAT,
        "version": PARTIALS_VERSION,
        "pipeline_version": __version__,
        "overrides": dict(sorted((overrides or {}).items())),
        "knowledge_sha256": knowledge_sha,
    }
    for ident in sorted(parts.documents):
        facts = parts.documents[ident]
        if facts.error is not None:
            continue
        yield written_line(facts) or document_line(facts)


def document_line(facts: DocumentFacts) -> dict[str, Any]:
    """The line of ``partials.jsonl`` for one document not in error."""
    return {
        "doc": facts.id,
        "entities": [_entity(record) for record in facts.entities],
        "quotes": [_quote(partial) for partial in facts.quotes],
        "statistics": [_statistic(partial) for partial in facts.statistics],
    }


def _mention(document: DocumentRecord, span: list[int]) -> Mention:
    start, end = span
    return Mention(doc=document.id, start=start, end=end, text=document.text[start:end])


def _fill(facts: DocumentFacts, document: DocumentRecord, line: dict[str, Any]) -> None:
    """Rebuild the partial records of one document from its line."""
    for data in line["entities"]:
        named = [_mention(document, span) for span in data["mentions"]]
        facts.entities.append(EntityRecord.model_validate({**data, "mentions": named}))
    for data in line["quotes"]:
        quoted = tuple(_mention(document, span) for span in data["mentions"])
        facts.quotes.append(
            QuotePartial(
                document.id,
                quoted,
                data.get("speaker"),
                data["attribution"],
                data.get("follows", False),
            )
        )
    for data in line["statistics"]:
        period = Period.model_validate(data["period"]) if "period" in data else None
        finding = _FINDING.validate_python(data["finding"])
        facts.statistics.append(
            PartialStatistic(finding, _mention(document, data["mention"]), period)
        )


def _facts(document: DocumentRecord) -> DocumentFacts:
    """A document's facts before its partials are added: what its record holds."""
    source = SourceDocument(
        source=document.sources[0],
        text=document.text,
        title=document.title,
        url=document.url,
        published=document.published,
        error=document.error,
        warnings=own_warnings(document.warnings),
        # the reader's url date, for what reads the source again (copy_dates)
        url_date=date_from_url(document.url) if document.published is None else None,
    )
    return DocumentFacts(
        source, document.id, list(document.sources), list(document.sentences), error=document.error
    )


def _reason(error: Exception) -> str:
    if isinstance(error, ValidationError):
        first = error.errors()[0]
        return f"{'.'.join(str(part) for part in first['loc'])}: {first['msg']}"
    if isinstance(error, KeyError):
        return f"missing field {error}"
    return str(error).splitlines()[0] if str(error) else type(error).__name__


def _json_lines(path: Path) -> Iterator[tuple[int, Any]]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                try:
                    yield number, json.loads(line)
                except json.JSONDecodeError as error:
                    raise PartialsError(f"{path}:{number}: not JSON: {error.msg}") from error


def _check_header(path: Path, header: Any, sha: str, overrides: dict[str, Any]) -> None:
    if not isinstance(header, dict) or header.get("format") != PARTIALS_FORMAT:
        raise PartialsError(f"{path} is not a pressfacts partials file")
    if header.get("version") != PARTIALS_VERSION:
        raise PartialsError(
            f"{path} is format version {header.get('version')!r}, this pressfacts reads "
            f"version {PARTIALS_VERSION}: run without --merge over all inputs once"
        )
    if header.get("pipeline_version") != __version__:
        raise PartialsError(
            f"{path} was made by pressfacts {header.get('pipeline_version')}, this is "
            f"{__version__}: run without --merge over all inputs once"
        )
    if header.get("overrides") != dict(sorted(overrides.items())):
        raise PartialsError(
            f"{path} was made with config {header.get('overrides')}, this run has "
            f"{dict(sorted(overrides.items()))}"
        )
    if header.get("knowledge_sha256") != sha:
        raise PartialsError(
            f"{path} does not belong to the {KNOWLEDGE_FILE} beside it (the file was changed, "
            "or a write was interrupted): run without --merge over all inputs once"
        )


def _read_records(path: Path) -> list[Record]:
    records = []
    for number, value in _json_lines(path):
        try:
            records.append(RECORD_ADAPTER.validate_python(value))
        except ValidationError as error:
            raise PartialsError(f"{path}:{number}: {_reason(error)}") from error
    if not records or not isinstance(records[0], RunRecord):
        raise PartialsError(f"{path}: the first line is not a run record")
    if records[0].schema_version != SCHEMA_VERSION:
        raise PartialsError(
            f"{path} is schema_version {records[0].schema_version}, this pressfacts writes "
            f"{SCHEMA_VERSION}: run without --merge over all inputs once"
        )
    return records


def read_stored_set(out_dir: Path, overrides: dict[str, Any] | None = None) -> StoredSet | None:
    """The knowledge set in ``out_dir`` with its parts; None when the folder holds none.

    Raises:
        PartialsError: a knowledge set without partials (or partials without one), a
            partials file of another format version, pipeline version or config, one
            that belongs to another knowledge set, or a line that cannot be read.
    """
    knowledge, partials = out_dir / KNOWLEDGE_FILE, out_dir / PARTIALS_FILE
    if not knowledge.exists() and not partials.exists():
        return None
    if not partials.exists():
        raise PartialsError(
            f"{knowledge} has no {PARTIALS_FILE} beside it (written before --merge existed?): "
            "run without --merge over all inputs once"
        )
    if not knowledge.exists():
        raise PartialsError(f"{partials} has no {KNOWLEDGE_FILE} beside it")
    lines = _json_lines(partials)
    first = next(lines, None)  # the header is checked before the set is read
    _check_header(partials, first[1] if first else None, file_sha256(knowledge), overrides or {})
    records = _read_records(knowledge)
    texts = {r.id: r for r in records if isinstance(r, DocumentRecord)}
    documents = {ident: _facts(record) for ident, record in texts.items()}
    filled: set[str] = set()
    for number, line in lines:
        try:
            ident = line["doc"]
            if ident not in documents or ident in filled or documents[ident].error is not None:
                raise ValueError(f"{ident} is not a document of {KNOWLEDGE_FILE} to fill")
            _fill(documents[ident], texts[ident], line)
            filled.add(ident)
        except (KeyError, TypeError, ValueError) as error:
            raise PartialsError(f"{partials}:{number}: {_reason(error)}") from error
    missing = sorted(i for i, facts in documents.items() if facts.error is None and i not in filled)
    if missing:
        raise PartialsError(f"{partials}: no line for {missing[0]} ({len(missing)} missing)")
    try:
        renamed = read_renamed_lines(out_dir / RENAMED_IDS_FILE)
    except ValueError as error:
        raise PartialsError(str(error)) from error
    run = records[0]
    assert isinstance(run, RunRecord)  # checked by _read_records
    extractors = run.extractors or {}
    return StoredSet(KnowledgeParts(documents, frozenset(extractors)), records, renamed)


def write_partials_ahead(
    parts: KnowledgeParts, out_dir: Path, overrides: dict[str, Any] | None = None
) -> Prewritten:
    """``partials.jsonl`` of ``parts`` written ahead to a temporary file of ``out_dir``,
    the knowledge set's SHA-256 still to fill in (:func:`side_files` takes it): the
    file needs only the parts, so it can be written while they are merged."""
    return write_ahead(partials_lines(parts, SHA_PLACEHOLDER, overrides), out_dir)


def discard_ahead(pending: Result[Prewritten] | None) -> None:
    """Remove the partials written ahead (``pending``: the child's result, None when
    there is none) unless they were renamed into place: a run that failed after the
    child wrote them leaves no temporary file."""
    if pending is None:
        return
    try:
        prewritten = pending.result()
    except Exception:  # the child's write failed: its temporary file went with it
        return
    prewritten.path.unlink(missing_ok=True)


def side_files(
    parts: KnowledgeParts,
    records: Sequence[Any],
    overrides: dict[str, Any] | None = None,
    stored: StoredSet | None = None,
    ahead: Prewritten | None = None,
) -> tuple[SideFiles, int]:
    """What to write beside the knowledge set ``records`` made of ``parts``, and how many
    ids it renames: ``partials.jsonl`` always (``ahead``: as written ahead by
    :func:`write_partials_ahead`); when merged into ``stored``, and ids were renamed,
    ``renamed-ids.jsonl`` (its earlier lines, then this merge's renames)."""
    renames = renamed_ids(stored.records, records) if stored is not None else []

    def files(knowledge_sha: str) -> dict[str, Iterable[object] | Prewritten]:
        out: dict[str, Iterable[object] | Prewritten] = {
            PARTIALS_FILE: ahead or partials_lines(parts, knowledge_sha, overrides)
        }
        if stored is not None and renames:
            out[RENAMED_IDS_FILE] = renamed_lines(stored.renamed, renames)
        return out

    return files, len(renames)
