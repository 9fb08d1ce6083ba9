"""Turn input paths into source documents: decoding, header removal, publication date.

Why here: every offset in the knowledge set points into ``document.text``, the body
once its header is off. So the header split happens once, before spaCy sees the text,
and nothing later changes the text.

Accepted inputs: ``.txt`` and ``.md`` files (one document each) and ``.jsonl`` files
(one document per line, ``{"text": ..., "title"?, "url"?, "published"?}``). Headers:
``---`` YAML front matter, a fenced ```` ```yaml ```` block at the top, and a leading
``date YYYY-MM-DD`` line. YAML is read with the safe loader only. A file that cannot be
read becomes a :class:`SourceDocument` with ``error`` set: the batch goes on.
"""

from __future__ import annotations

import datetime as dt
import glob
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from pressfacts.reader.datelines import find_dateline, parse_date_value

INPUT_SUFFIXES = (".txt", ".md", ".jsonl")
CORPUS_NOTES = ("readme", "notes", "changelog", "license")
"""A folder's own documentation (``README.md``, ``NOTES.md``) is not a press release."""
_FRONT_MATTER = re.compile(r"\A\ufeff?\s*---[ \t]*\n(?P<yaml>.*?)\n---[ \t]*(?:\n|\Z)", re.S)
_FENCED_YAML = re.compile(r"\A\ufeff?\s*```ya?ml[ \t]*\n(?P<yaml>.*?)\n```[ \t]*(?:\n|\Z)", re.S)
_DATE_LINE = re.compile(r"\A\s*date:?[ \t]+(?P<date>\d{4}-\d{2}-\d{2})\b[ \t]*\n?", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class SourceDocument:
    """One input text, ready for the pipeline, or the reason it could not be read."""

    source: str
    text: str = ""
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    error: str | None = None


class InputError(ValueError):
    """The bytes of an input cannot be turned into text (empty, binary, undecodable)."""


def expand_inputs(arguments: Iterable[str]) -> list[str]:
    """Files, folders (recursively) and globs -> input file paths, sorted, without repeats.

    A path that does not exist and matches no glob is kept as it is, so that it is
    reported as a document in error rather than silently dropped.
    """
    found: dict[str, None] = {}
    for argument in arguments:
        if os.path.isdir(argument):
            for path in sorted(Path(argument).rglob("*")):
                if _is_input(path):
                    found.setdefault(str(path), None)
        elif os.path.exists(argument):
            found.setdefault(argument, None)
        else:
            matches = sorted(glob.glob(argument, recursive=True))
            for match in matches or [argument]:
                if os.path.isdir(match):
                    found.update(dict.fromkeys(expand_inputs([match])))
                else:
                    found.setdefault(match, None)
    return list(found)


def _is_input(path: Path) -> bool:
    """A file found by walking a folder is read when it is a text input, not hidden and
    not the folder's documentation."""
    return (
        path.is_file()
        and path.suffix.lower() in INPUT_SUFFIXES
        and not path.name.startswith(".")
        and path.stem.lower() not in CORPUS_NOTES
    )


def decode_bytes(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252; newlines normalised to ``\\n``.

    Raises:
        InputError: the data is empty, binary, or valid in neither encoding.
    """
    if not data.strip():
        raise InputError("empty file")
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as error:
            raise InputError(
                f"undecodable: not UTF-8 or Windows-1252 (byte 0x{data[error.start]:02x} "
                f"at offset {error.start})"
            ) from error
    if len(_CONTROL.findall(text)) > max(3, len(text) // 100):
        raise InputError("binary file (too many control characters)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_header(text: str) -> tuple[dict[str, Any], str]:
    """Split a decoded input into (header fields, body). The body is stripped.

    Raises:
        InputError: the header is YAML that does not parse to a mapping.
    """
    for pattern in (_FRONT_MATTER, _FENCED_YAML):
        match = pattern.match(text)
        if match:
            try:
                fields = yaml.safe_load(match.group("yaml"))
            except yaml.YAMLError as error:
                reason = str(error).splitlines()[0]
                raise InputError(f"unreadable YAML header: {reason}") from error
            if fields is None:
                fields = {}
            if not isinstance(fields, dict):
                raise InputError("YAML header is not a mapping")
            return fields, text[match.end() :].strip()
    match = _DATE_LINE.match(text)
    if match:
        return {"date": match.group("date")}, text[match.end() :].strip()
    return {}, text.strip()


def _header_string(fields: dict[str, Any], *keys: str) -> str | None:
    for key in keys:
        value: Any = fields
        for part in key.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _header_date(fields: dict[str, Any]) -> dt.date | None:
    for key in ("published", "date", "published_at", "pubdate", "datePublished", "created"):
        if key in fields:
            parsed = parse_date_value(fields[key])
            if parsed:
                return parsed
    return None


def make_document(source: str, text: str, fields: dict[str, Any]) -> SourceDocument:
    """Build a source document from a body and its header fields.

    Title, url and publication date come from the header, else the date from a
    dateline near the top of the body.
    """
    if not text.strip():
        return SourceDocument(source=source, error="no text after the header")
    published = _header_date(fields) or find_dateline(text)
    return SourceDocument(
        source=source,
        text=text,
        title=_header_string(fields, "title", "og.title"),
        url=_header_string(fields, "url", "og.url", "link"),
        published=published,
    )


def _read_jsonl(source: str, text: str) -> Iterator[SourceDocument]:
    for line_number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        line_source = f"{source}:{line_number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            yield SourceDocument(source=line_source, error=f"invalid JSON: {error.msg}")
            continue
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            yield SourceDocument(source=line_source, error='JSON line has no string "text"')
            continue
        body = item["text"].replace("\r\n", "\n").strip()
        fields = {key: item[key] for key in ("title", "url", "published") if key in item}
        yield make_document(line_source, body, fields)


def read_path(source: str) -> Iterator[SourceDocument]:
    """Read one input path into one or more source documents; never raises for bad input."""
    try:
        data = Path(source).read_bytes()
    except FileNotFoundError:
        yield SourceDocument(source=source, error="no such file")
        return
    except OSError as error:
        yield SourceDocument(source=source, error=f"unreadable: {error.strerror or error}")
        return
    try:
        text = decode_bytes(data)
        if source.lower().endswith(".jsonl"):
            yield from _read_jsonl(source, text)
            return
        fields, body = split_header(text)
    except InputError as error:
        yield SourceDocument(source=source, error=str(error))
        return
    yield make_document(source, body, fields)


def read_inputs(arguments: Iterable[str]) -> Iterator[SourceDocument]:
    """Every source document named by ``arguments`` (files, folders, globs), streamed."""
    for path in expand_inputs(arguments):
        yield from read_path(path)


def documents_from_texts(
    texts: Iterable[str], source_prefix: str = "text"
) -> Iterator[SourceDocument]:
    """Source documents from texts held in memory; the N-th text's source is ``PREFIX:N``.

    Each text is read as a file's content would be: an optional header, then the body.
    """
    for number, text in enumerate(texts, start=1):
        source = f"{source_prefix}:{number}"
        try:
            fields, body = split_header(text.replace("\r\n", "\n"))
        except InputError as error:
            yield SourceDocument(source=source, error=str(error))
            continue
        yield make_document(source, body, fields)
