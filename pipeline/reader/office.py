"""PDF and DOCX files to text, with pypdf and python-docx.

``document.text`` of a PDF is the text layer of its pages, in page order, pages
separated by a blank line; a PDF without a text layer (a scan) is an error, since
there is nothing to read without OCR. ``document.text`` of a DOCX is its paragraphs and
its tables (each a pipe table, :func:`pipe_table`) in document order, separated by blank
lines. The title comes
from the file's metadata when it has one.
"""

from __future__ import annotations

import io
from typing import Any

from pressfacts.reader.decoding import InputError
from pressfacts.reader.formats import Extracted, paragraphs
from pressfacts.reader.quiet import quiet_parsers


def extract_pdf(data: bytes) -> Extracted:
    """The text layer of a PDF.

    Raises:
        InputError: the file is not a readable PDF, is encrypted, or has no text layer.
    """
    import pypdf  # imported on first use

    try:
        with quiet_parsers():
            reader = pypdf.PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise InputError("PDF is encrypted")
            pages = [page.extract_text() or "" for page in reader.pages]
            title = _metadata_title(reader.metadata)
    except InputError:
        raise
    except Exception as error:  # a third-party parser on a hostile file must not stop the batch
        raise InputError(f"unreadable PDF: {type(error).__name__}: {_line(error)}") from error
    text = "\n\n".join(page.strip() for page in pages if page.strip())
    if not text:
        raise InputError(
            f"PDF has no text layer: {len(pages)} page(s) without text (a scan needs OCR)"
        )
    return Extracted(
        text=text.replace("\r\n", "\n").replace("\r", "\n"), title=title, extractors=("pypdf",)
    )


def extract_docx(data: bytes) -> Extracted:
    """The paragraphs and tables of a DOCX, in document order.

    Raises:
        InputError: the file is not a readable DOCX, or holds no text.
    """
    import docx  # imported on first use

    try:
        with quiet_parsers():
            document = docx.Document(io.BytesIO(data))
            lines = [
                line
                for block in document.iter_inner_content()
                for line in (
                    pipe_table(block) if isinstance(block, docx.table.Table) else [block.text]
                )
            ]
            title = document.core_properties.title
    except Exception as error:  # a third-party parser on a hostile file must not stop the batch
        raise InputError(f"unreadable DOCX: {type(error).__name__}: {_line(error)}") from error
    text = paragraphs([part for line in lines for part in line.splitlines()])
    if not text:
        raise InputError("DOCX holds no text")
    return Extracted(
        text=text,
        title=title.strip() if title and title.strip() else None,
        extractors=("python-docx",),
    )


def pipe_table(table: Any) -> list[str]:
    """A DOCX table as the lines of a pipe table (a header row, a ``|---|`` line, the other
    rows), where it stands among the paragraphs, as the HTML reader prints a ``<table>``:
    the statistics stage reads a cell's figure with its row's and column's words
    (:mod:`pressfacts.statistics.table_figures`). A cell's line breaks become spaces and a
    ``|`` in it a ``/``."""
    rows = [
        "| "
        + " | ".join(" ".join(cell.text.split()).replace("|", "/") for cell in row.cells)
        + " |"
        for row in table.rows
    ]
    if not rows:
        return []
    return [rows[0], "|" + "---|" * len(table.rows[0].cells), *rows[1:]]


def _metadata_title(info: Any) -> str | None:
    title = getattr(info, "title", None) if info is not None else None
    return title.strip() if isinstance(title, str) and title.strip() else None


def _line(error: Exception) -> str:
    return " ".join(str(error).split())[:200]
