"""pressfacts: press releases in, a deduplicated knowledge set out.

The Python API, for notebooks and for programs that stream their own documents::

    import pressfacts

    records = pressfacts.extract(["seeds/"])              # paths: files, folders, globs
    records = pressfacts.extract_texts(["Kent Police said …"])  # texts held in memory

    nlp = pressfacts.build_nlp()                           # build once, reuse
    records = pressfacts.build_knowledge_set(my_source_documents, nlp)

Each call returns the records of the knowledge set (``pressfacts.models``), in the
order ``pressfacts run`` writes them: the run record, then documents, entities, quotes
and statistics, each sorted by id. spaCy is imported on first use, not on import.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

    from pressfacts.models.records import Record
    from pressfacts.reader.read import SourceDocument
    from pressfacts.version import __version__

__all__ = [
    "__version__",
    "build_knowledge_set",
    "build_nlp",
    "extract",
    "extract_texts",
]


def __getattr__(name: str) -> Any:
    """``pressfacts.__version__``, read from the installed metadata on first use (reading
    it costs a noticeable part of ``pressfacts --help``)."""
    if name == "__version__":
        from pressfacts.version import __version__

        return __version__
    raise AttributeError(f"module 'pressfacts' has no attribute {name!r}")


def build_nlp(overrides: dict[str, Any] | None = None) -> Language:
    """The pressfacts spaCy pipeline, built from ``config.cfg`` (dotted-key overrides)."""
    from pressfacts.nlp import build_nlp as _build_nlp

    return _build_nlp(overrides)


def build_knowledge_set(sources: Iterable[SourceDocument], nlp: Language) -> list[Record]:
    """Records of the knowledge set from documents the caller reads (a stream is fine)."""
    from pressfacts.knowledge.build import build_knowledge_set as _build

    return list(_build(sources, nlp))


def extract(paths: Iterable[str], nlp: Language | None = None) -> list[Record]:
    """Records of the knowledge set from input paths, as ``pressfacts run PATH...`` makes.

    Files, folders (read recursively) and globs, as the CLI takes them; an unreadable
    input becomes a document record with ``status="error"``, never an exception.
    """
    from pressfacts.reader.read import read_inputs

    return build_knowledge_set(read_inputs(paths), nlp or build_nlp())


def extract_texts(
    texts: Iterable[str], nlp: Language | None = None, source_prefix: str = "text"
) -> list[Record]:
    """Records of the knowledge set from texts in memory (each text's source is ``text:N``).

    A text may carry the same front matter as a file (a YAML header with title, url and
    published date).
    """
    from pressfacts.reader.read import documents_from_texts

    return build_knowledge_set(documents_from_texts(texts, source_prefix), nlp or build_nlp())
