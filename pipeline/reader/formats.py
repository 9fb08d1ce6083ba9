"""Input formats: which reader each file suffix goes to, and what an extractor returns.

Plain text (``.txt``, ``.md``, ``.text``), JSON Lines (``.jsonl``, one document a line),
HTML pages (``.html``, ``.htm``; trafilatura), PDF (pypdf) and DOCX (python-docx).
Anything else found in a folder is reported as "unsupported format", never skipped in
silence. The extractors' versions go into the run record, because a new extractor can
change ``document.text`` and so every id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

TEXT_SUFFIXES = (".txt", ".md", ".text")
JSONL_SUFFIXES = (".jsonl",)
HTML_SUFFIXES = (".html", ".htm")
PDF_SUFFIXES = (".pdf",)
DOCX_SUFFIXES = (".docx",)
INPUT_SUFFIXES = (
    *TEXT_SUFFIXES,
    *JSONL_SUFFIXES,
    *HTML_SUFFIXES,
    *PDF_SUFFIXES,
    *DOCX_SUFFIXES,
)
DEFAULT_MAX_CHARS = 20_000_000
"""Longer documents are recorded as errors (``--max-chars``): far above any real release
(the longest run to tens of thousands of characters), low enough to bound one Doc's memory."""
EXTRACTORS = ("charset-normalizer", "pypdf", "python-docx", "trafilatura")
"""The distributions whose versions decide ``document.text`` for non-UTF-8, PDF, DOCX, HTML."""


@dataclass(frozen=True)
class Extracted:
    """The text an extractor found in a file, with the metadata it could read."""

    text: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    warnings: tuple[str, ...] = field(default=())
    extractors: tuple[str, ...] = field(default=())


def extractor_versions(names: Iterable[str] = EXTRACTORS) -> dict[str, str]:
    """Installed versions of the text extractors, by distribution name (sorted)."""
    from importlib import metadata  # here, not at import: ``pressfacts --help`` stays quick

    versions = {}
    for name in sorted(names):
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def paragraphs(lines: list[str]) -> str:
    """Non-empty lines, stripped, as paragraphs separated by a blank line (as in .txt inputs)."""
    return "\n\n".join(line.strip() for line in lines if line.strip())
