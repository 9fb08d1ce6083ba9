"""Turn input paths into source documents: format, decoding, header removal, date.

Why here: every offset in the knowledge set points into ``document.text``, the body
once its header is off (or the text an extractor found in an HTML page, a PDF or a
DOCX). So that text is fixed once, before spaCy sees it, and nothing later changes it.

Accepted inputs (see :mod:`pressfacts.reader.formats`): ``.txt``/``.md`` files (one
document each, with an optional header, :mod:`pressfacts.reader.headers`), ``.jsonl``
files and ``-`` for standard input (one document per line, ``{"text": ...}`` or
``{"html": ...}``, with ``title``, ``url``, ``published`` optional), HTML, PDF and
DOCX. An input that cannot be read becomes a :class:`SourceDocument` with ``error``
set, and one that was read with a problem carries ``warnings``: the batch goes on.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from pressfacts.findings import PartialDate
from pressfacts.reader.character_references import decoded_references
from pressfacts.reader.datelines import find_dateline, parse_date_value
from pressfacts.reader.decoding import InputError, decode, decode_bytes
from pressfacts.reader.formats import (
    DOCX_SUFFIXES,
    HTML_SUFFIXES,
    INPUT_SUFFIXES,
    JSONL_SUFFIXES,
    PDF_SUFFIXES,
    Extracted,
)
from pressfacts.reader.headers import split_header
from pressfacts.reader.html_pages import extract_html
from pressfacts.reader.inputs import STDIN, expand_inputs, file_suffix, read_regular_file
from pressfacts.reader.office import extract_docx, extract_pdf
from pressfacts.reader.url_dates import date_from_url

__all__ = [
    "INPUT_SUFFIXES",
    "InputError",
    "SourceDocument",
    "decode_bytes",
    "documents_from_texts",
    "expand_inputs",
    "make_document",
    "read_inputs",
    "read_path",
    "split_header",
]


@dataclass(frozen=True)
class SourceDocument:
    """One input text, ready for the pipeline, or the reason it could not be read."""

    source: str
    text: str = ""
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    error: str | None = None
    warnings: tuple[str, ...] = field(default=())
    extractors: tuple[str, ...] = field(default=())
    """The extractors (distribution names) that made ``text``: their versions go in the run."""
    url_date: PartialDate | None = None
    """Without a stated ``published``: what the url says of the date (a warning says so)."""
    copy_date: PartialDate | None = None
    """Without any date of its own: the date of a dated copy of the same release, which
    places its year-less calendar dates ("between April and September") in a year
    (:mod:`pressfacts.knowledge.copy_dates`); set at the merge, never by the reader."""


def make_document(
    source: str,
    text: str,
    fields: dict[str, Any],
    warnings: Iterable[str] = (),
    extractors: tuple[str, ...] = (),
) -> SourceDocument:
    """Build a source document from a body and its header fields.

    Title, url and publication date come from the header, else the date from a
    dateline near the top of the body. HTML character references left in the body are
    decoded (:mod:`.character_references`), with a warning.
    """
    if not text.strip():
        return SourceDocument(source=source, error="no text after the header")
    text, decoded = decoded_references(text)  # "&rdquo;" left in a plain text body
    warnings = (*warnings, decoded) if decoded else warnings
    published = _header_date(fields) or find_dateline(text)
    return _dated_by_url(
        SourceDocument(
            source=source,
            text=text,
            title=_header_string(fields, "title", "og.title"),
            url=_header_string(fields, "url", "og.url", "link"),
            published=published,
            warnings=tuple(warnings),
            extractors=extractors,
        )
    )


def _dated_by_url(document: SourceDocument) -> SourceDocument:
    """Without a stated publication date, what the url says of it, and a warning that says
    so (every reader of a text goes through here once; a document rebuilt from its record
    keeps the warning it has, and :mod:`pressfacts.knowledge.partials` reads its url date
    again)."""
    if document.published is not None or document.error is not None:
        return document
    found = date_from_url(document.url)
    if found is None:
        return document
    note = f"publication date not stated; the url dates it {found}"
    return replace(document, url_date=found, warnings=(*document.warnings, note))


def _from_extracted(
    source: str, found: Extracted, warnings: Iterable[str] = (), extractors: tuple[str, ...] = ()
) -> SourceDocument:
    return _dated_by_url(
        SourceDocument(
            source=source,
            text=found.text,
            title=found.title,
            url=found.url,
            published=found.published or find_dateline(found.text),
            warnings=(*warnings, *found.warnings),
            extractors=(*extractors, *found.extractors),
        )
    )


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


def _read_text(source: str, data: bytes) -> SourceDocument:
    decoded = decode(data)
    header = split_header(decoded.text)
    notes = (decoded.warning,) if decoded.warning else ()
    used = (decoded.extractor,) if decoded.extractor else ()
    return make_document(source, header.body, header.fields, (*notes, *header.warnings), used)


def _read_html(source: str, data: bytes) -> SourceDocument:
    decoded = decode(data)
    used = (decoded.extractor,) if decoded.extractor else ()
    return _from_extracted(
        source, extract_html(decoded.text), filter(None, [decoded.warning]), used
    )


def _read_binary(extract: Callable[[bytes], Extracted]) -> Callable[[str, bytes], SourceDocument]:
    return lambda source, data: _from_extracted(source, extract(data))


READERS: dict[str, Callable[[str, bytes], SourceDocument]] = {
    **dict.fromkeys(HTML_SUFFIXES, _read_html),
    **dict.fromkeys(PDF_SUFFIXES, _read_binary(extract_pdf)),
    **dict.fromkeys(DOCX_SUFFIXES, _read_binary(extract_docx)),
}
"""Reader by file suffix; a text suffix not listed here is read as plain text."""


def _jsonl_line(line_source: str, line: str) -> SourceDocument:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as error:
        return SourceDocument(source=line_source, error=f"invalid JSON: {error.msg}")
    if isinstance(item, dict) and isinstance(item.get("text"), str):
        body = item["text"].replace("\r\n", "\n").replace("\r", "\n").strip()
        fields = {key: item[key] for key in ("title", "url", "published") if key in item}
        return make_document(line_source, body, fields)
    if isinstance(item, dict) and isinstance(item.get("html"), str):
        found = extract_html(item["html"])
        return _dated_by_url(
            SourceDocument(
                source=line_source,
                text=found.text,
                title=_header_string(item, "title") or found.title,
                url=_header_string(item, "url") or found.url,
                published=_header_date(item) or found.published or find_dateline(found.text),
                warnings=found.warnings,
                extractors=found.extractors,
            )
        )
    return SourceDocument(source=line_source, error='JSON line has no string "text" or "html"')


def _read_jsonl(source: str, text: str) -> Iterator[SourceDocument]:
    for line_number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        line_source = f"{source}:{line_number}"
        try:
            yield _jsonl_line(line_source, line)
        except InputError as error:
            yield SourceDocument(source=line_source, error=str(error))


def _is_pattern(argument: str) -> bool:
    """A glob pattern (``*``, ``?`` or ``[``), as :func:`glob.glob` reads one."""
    return any(mark in argument for mark in "*?[")


def _looks_like_json_lines(data: bytes) -> bool:
    """Standard input holds JSON Lines when its first character past white space (and a
    UTF-8 byte-order mark) opens an object; anything else is one text document."""
    return data.removeprefix(b"\xef\xbb\xbf").lstrip()[:1] == b"{"


def read_path(source: str) -> Iterator[SourceDocument]:
    """Read one input path (or ``-``) into source documents; never raises for bad input.

    ``-`` is standard input: JSON Lines when it starts with ``{``, else one document read
    as a text file is (an optional header, then the body).
    """
    suffix = file_suffix(source).lower()
    try:
        if source == STDIN:
            data = sys.stdin.buffer.read()
        elif not os.path.lexists(source):  # named, or a glob that matched nothing
            raise InputError("matches no file" if _is_pattern(source) else "no such file")
        elif suffix not in INPUT_SUFFIXES:
            raise InputError(f"unsupported format: {suffix or '(no file suffix)'}")
        else:
            data = read_regular_file(source)
        if suffix in JSONL_SUFFIXES or (source == STDIN and _looks_like_json_lines(data)):
            yield from _read_jsonl(source, decode(data).text)
            return
        document = READERS.get(suffix, _read_text)(source, data)
    except InputError as error:
        yield SourceDocument(source=source, error=str(error))
        return
    yield document


def read_inputs(arguments: Iterable[str]) -> Iterator[SourceDocument]:
    """Every source document named by ``arguments`` (files, folders, globs, ``-``), streamed."""
    for path in expand_inputs(arguments):
        yield from read_path(path)


def documents_from_texts(
    texts: Iterable[str], source_prefix: str = "text"
) -> Iterator[SourceDocument]:
    """Source documents from texts held in memory; the N-th text's source is ``PREFIX:N``.

    Each text is read as a file's content would be: an optional header, then the body.
    """
    for number, text in enumerate(texts, start=1):
        header = split_header(text.replace("\r\n", "\n"))
        yield make_document(
            f"{source_prefix}:{number}", header.body, header.fields, header.warnings
        )
