"""The parent's side of every parallel engine: read, sort out, send in chunks, settle.

Why: worker processes (``--workers``) and a Dask cluster (``--engine dask``) need the
same handling of the stream of inputs, and it must live in one place so both give the
bytes of one process. The parent reads the inputs lazily and does what needs the whole
batch in view: inputs in error and texts over the limit become documents in error at
once; an identical text is collected under the first document with it (its source
added, nothing sent again); the distinct documents go out in chunks through the
engine's ``submit``. At most ``in_flight`` chunks are out at a time (memory stays
bounded on long streams), and they are settled in the order they were sent, so
documents come back in input order. A chunk whose extraction failed (a worker died, a
task raised) comes back as error records for its documents, and the batch goes on.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import Protocol

from pressfacts.knowledge.build import DocumentFacts, too_long
from pressfacts.models.ids import document_id, error_document_id
from pressfacts.reader.read import SourceDocument


class Pending(Protocol):
    """A chunk sent out: a ``concurrent.futures`` or a Dask future."""

    def result(self) -> list[DocumentFacts]:
        """The chunk's partial records (waits for them; raises what the extraction raised)."""


Submit = Callable[[list[SourceDocument]], Pending]
"""Sends a chunk of distinct documents to be extracted; returns its pending result."""


class EngineError(RuntimeError):
    """A parallel engine cannot start (a missing optional package, an unreachable cluster)."""


def failed(chunk: list[SourceDocument], error: BaseException) -> list[DocumentFacts]:
    """Error records for the documents of a chunk whose extraction failed."""
    message = f"worker failed: {type(error).__name__}: {error}".splitlines()[0]
    return [
        DocumentFacts(source, document_id(source.text), [source.source], error=message)
        for source in chunk
    ]


def dispatch(
    sources: Iterable[SourceDocument],
    submit: Submit,
    in_flight: int,
    chunk_documents: int,
    max_chars: int,
) -> Iterator[list[DocumentFacts]]:
    """Send the distinct documents of ``sources`` out in chunks; yield what comes back.

    Yields groups of DocumentFacts in input order: a document in error alone, as soon
    as it is read; then each chunk's documents as it is settled. A later source with the
    same text is added to the first one's ``sources`` (in place, also after it was
    yielded, as in one process).

    Args:
        sources: the input documents, read lazily.
        submit: sends one chunk (see :data:`Submit`).
        in_flight: how many chunks may be out at a time (at least 1).
        chunk_documents: distinct documents per chunk.
        max_chars: longer texts are documents in error.
    """
    sources_of: dict[str, list[str]] = {}
    pending: deque[tuple[Pending, list[SourceDocument]]] = deque()
    chunk: list[SourceDocument] = []

    def settle() -> list[DocumentFacts]:
        future, sent = pending.popleft()
        try:
            done = future.result()
        except Exception as error:  # a dead worker must not lose the batch
            done = failed(sent, error)
        for facts in done:
            facts.sources = sources_of[facts.id]  # later copies append here
        return done

    def send() -> Iterator[list[DocumentFacts]]:
        nonlocal chunk
        pending.append((submit(chunk), chunk))
        chunk = []
        while len(pending) >= max(in_flight, 1):
            yield settle()

    for source in sources:
        if source.error is None and len(source.text) > max_chars:
            source = replace(source, error=too_long(len(source.text), max_chars))
        if source.error is not None:
            ident = error_document_id(source.source)
            if ident not in sources_of:
                sources_of[ident] = [source.source]
                yield [DocumentFacts(source, ident, sources_of[ident], error=source.error)]
            continue
        ident = document_id(source.text)
        if ident in sources_of:
            sources_of[ident].append(source.source)
            continue
        sources_of[ident] = [source.source]
        chunk.append(source)
        if len(chunk) >= chunk_documents:
            yield from send()
    if chunk:
        yield from send()
    while pending:
        yield settle()
