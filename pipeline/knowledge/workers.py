"""Extraction in several processes (``pressfacts run --workers N``), merged in the parent.

Why: extraction is per document and CPU-bound; the cross-document merge is cheap.
How: the parent's side (reading the stream, documents in error, identical texts, chunks
of :data:`CHUNK_DOCUMENTS`, at most a few chunks in flight per worker, a dead worker's
chunk as error records) is :func:`~pressfacts.knowledge.dispatch.dispatch`, shared
with the Dask engine. Here the chunks go to a pool of worker processes. On Linux the
parent builds the pipeline once and the workers are forked from it, ready: no worker
imports spaCy or builds the pipeline again (about 2 s of CPU each, and on the wall the
parent's import of spaCy before any worker starts). Elsewhere, where fork is unsafe or
missing, the workers are started with 'spawn' (no inherited state) and each builds the
pipeline once, in its initializer. Each runs
:func:`~pressfacts.knowledge.build.process_documents` on its chunk and returns the
documents' partial records (frozen). Documents come back in input order, so the merge
sees exactly what one process would give it: the knowledge set is byte-identical to
one worker's.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from spacy.language import Language

from pressfacts.knowledge.build import (
    BATCH_DOCUMENTS,
    ZONE_DOCUMENTS,
    DocumentFacts,
    process_documents,
)
from pressfacts.knowledge.dispatch import dispatch
from pressfacts.knowledge.frozen import freeze
from pressfacts.reader.formats import DEFAULT_MAX_CHARS
from pressfacts.reader.read import SourceDocument

CHUNK_DOCUMENTS = BATCH_DOCUMENTS
"""Documents sent to a worker at a time: one whole batch of the pipeline. Chunks of 8
ran every stage on half batches, 5% more CPU per document than chunks of 16."""
FORK_WORKERS = sys.platform == "linux"
"""Fork the workers from the parent's built pipeline (else spawn them, each building one)."""
IN_FLIGHT_PER_WORKER = 3

_worker_nlp: Language | None = None
_worker_documents = 0
"""Documents this worker process has extracted (forked workers start from the parent's 0)."""


def _start_worker(overrides: dict[str, Any] | None) -> None:
    """Pool initializer: build this worker's pipeline once."""
    global _worker_nlp
    from pressfacts.nlp import build_nlp

    _worker_nlp = build_nlp(overrides)


def _extract_chunk(chunk: list[SourceDocument], max_chars: int) -> list[DocumentFacts]:
    """The partial records of a chunk of distinct documents (in a worker).

    A worker's first :data:`~pressfacts.knowledge.build.ZONE_DOCUMENTS` documents fill
    its vocabulary; every later chunk is processed in a spaCy memory zone, its new words
    forgotten after it (a chunk is smaller than a zone's group: without this no chunk
    was ever in a zone, and a worker's vocabulary grew with the batch)."""
    global _worker_documents
    assert _worker_nlp is not None, "worker started without its pipeline"
    zone_first = _worker_documents >= ZONE_DOCUMENTS
    _worker_documents += len(chunk)
    found = process_documents(chunk, _worker_nlp, max_chars=max_chars, zone_first=zone_first)
    # frozen here, in parallel: the pipe carries small blobs the parent keeps as they are
    return [freeze(facts) for facts in found]


def process_documents_parallel(
    sources: Iterable[SourceDocument],
    workers: int,
    overrides: dict[str, Any] | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    nlp: Language | None = None,
) -> Iterator[DocumentFacts]:
    """Like :func:`~pressfacts.knowledge.build.process_documents`, in ``workers`` processes.

    Yields one DocumentFacts per distinct document, in input order (documents in error
    as soon as they are read); a later source with the same text is added to the first
    one's ``sources`` (in place, as in one process).

    Args:
        sources: the input documents, read lazily.
        workers: worker processes (forked from the parent's pipeline, or each building
            its own).
        overrides: pipeline config overrides, as for :func:`pressfacts.nlp.build_nlp`.
        max_chars: longer texts are documents in error.
        nlp: the pipeline to fork the workers from (built with ``overrides`` when None;
            not used where the workers are spawned).
    """
    global _worker_nlp
    try:
        with _pool(workers, overrides, nlp) as pool:
            chunks = dispatch(
                sources,
                lambda chunk: pool.submit(_extract_chunk, chunk, max_chars),
                in_flight=workers * IN_FLIGHT_PER_WORKER,
                chunk_documents=CHUNK_DOCUMENTS,
                max_chars=max_chars,
            )
            for done in chunks:
                yield from done
    finally:
        _worker_nlp = None  # the parent's copy for forking goes with the pool


def _pool(
    workers: int, overrides: dict[str, Any] | None, nlp: Language | None
) -> ProcessPoolExecutor:
    """The worker pool: forked from a parent holding the built pipeline (``nlp``, else
    built here) on Linux (the pool forks every worker at the first chunk, before its own
    thread starts), else spawned, each worker building its own."""
    global _worker_nlp
    if FORK_WORKERS:
        from pressfacts.nlp import build_nlp

        _worker_nlp = nlp if nlp is not None else build_nlp(overrides)
        return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))
    context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start_worker, initargs=(overrides,)
    )
