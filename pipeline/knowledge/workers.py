"""Extraction in several processes (``pressfacts run --workers N``), merged in the parent.

Why: extraction is per document and CPU-bound; the cross-document merge is cheap.
How: the parent reads the inputs as a stream and does what needs the whole batch in
view (documents in error, texts over the limit, identical texts collected under one
document), then sends the distinct documents in chunks of :data:`CHUNK_DOCUMENTS` to a
pool of worker processes started with the 'spawn' method (no inherited state; each
worker builds the pipeline once, in its initializer). Each worker runs
:func:`~pressfacts.knowledge.build.process_documents` on its chunk and returns the
documents' partial records. The parent keeps at most a few chunks in flight per
worker (memory stays bounded on long streams) and yields the documents in input
order, so the merge sees exactly what one process would give it: the knowledge set is
byte-identical to one worker's. A document that fails in a stage is an error record
in the worker, as in one process; a worker that dies takes its chunk's documents into
error records, and the batch goes on.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import replace
from typing import Any

from spacy.language import Language

from pressfacts.knowledge.build import DocumentFacts, process_documents, too_long
from pressfacts.knowledge.frozen import freeze
from pressfacts.models.ids import document_id, error_document_id
from pressfacts.reader.formats import DEFAULT_MAX_CHARS
from pressfacts.reader.read import SourceDocument

CHUNK_DOCUMENTS = 8
IN_FLIGHT_PER_WORKER = 3

_worker_nlp: Language | None = None


def _start_worker(overrides: dict[str, Any] | None) -> None:
    """Pool initializer: build this worker's pipeline once."""
    global _worker_nlp
    from pressfacts.nlp import build_nlp

    _worker_nlp = build_nlp(overrides)


def _extract_chunk(chunk: list[SourceDocument], max_chars: int) -> list[DocumentFacts]:
    """The partial records of a chunk of distinct documents (in a worker)."""
    assert _worker_nlp is not None, "worker started without its pipeline"
    # frozen here, in parallel: the pipe carries small blobs the parent keeps as they are
    return [freeze(facts) for facts in process_documents(chunk, _worker_nlp, max_chars=max_chars)]


def _failed(chunk: list[SourceDocument], error: BaseException) -> list[DocumentFacts]:
    message = f"worker failed: {type(error).__name__}: {error}".splitlines()[0]
    return [
        DocumentFacts(source, document_id(source.text), [source.source], error=message)
        for source in chunk
    ]


def process_documents_parallel(
    sources: Iterable[SourceDocument],
    workers: int,
    overrides: dict[str, Any] | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterator[DocumentFacts]:
    """Like :func:`~pressfacts.knowledge.build.process_documents`, in ``workers`` processes.

    Yields one DocumentFacts per distinct document, in input order (documents in error
    as soon as they are read); a later source with the same text is added to the first
    one's ``sources`` (in place, as in one process).

    Args:
        sources: the input documents, read lazily.
        workers: worker processes (each builds the pipeline once).
        overrides: pipeline config overrides, as for :func:`pressfacts.nlp.build_nlp`.
        max_chars: longer texts are documents in error.
    """
    sources_of: dict[str, list[str]] = {}
    pending: deque[tuple[Future[list[DocumentFacts]], list[SourceDocument]]] = deque()
    chunk: list[SourceDocument] = []
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start_worker, initargs=(overrides,)
    ) as pool:

        def settle(
            item: tuple[Future[list[DocumentFacts]], list[SourceDocument]],
        ) -> Iterator[DocumentFacts]:
            future, sent = item
            try:
                done = future.result()
            except Exception as error:  # a dead worker must not lose the batch
                done = _failed(sent, error)
            for facts in done:
                facts.sources = sources_of[facts.id]  # later copies append here
                yield facts

        def send() -> Iterator[DocumentFacts]:
            nonlocal chunk
            pending.append((pool.submit(_extract_chunk, chunk, max_chars), chunk))
            chunk = []
            while len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                yield from settle(pending.popleft())

        for source in sources:
            if source.error is None and len(source.text) > max_chars:
                source = replace(source, error=too_long(len(source.text), max_chars))
            if source.error is not None:
                ident = error_document_id(source.source)
                if ident not in sources_of:
                    sources_of[ident] = [source.source]
                    yield DocumentFacts(source, ident, sources_of[ident], error=source.error)
                continue
            ident = document_id(source.text)
            if ident in sources_of:
                sources_of[ident].append(source.source)
                continue
            sources_of[ident] = [source.source]
            chunk.append(source)
            if len(chunk) >= CHUNK_DOCUMENTS:
                yield from send()
        if chunk:
            yield from send()
        while pending:
            yield from settle(pending.popleft())
