"""Extraction in several processes (``pressfacts run --workers N``), merged in the parent.

Why: extraction is per document and CPU-bound; the cross-document merge is cheap.
How: the parent's side (reading the stream, documents in error, identical texts, chunks
of :data:`CHUNK_DOCUMENTS`, at most a few chunks in flight per worker, a dead worker's
chunk as error records) is :func:`~pressfacts.knowledge.dispatch.dispatch`, shared
with the Dask engine. Here the chunks go to a pool of worker processes started with the
'spawn' method (no inherited state; each worker builds the pipeline once, in its
initializer); each runs :func:`~pressfacts.knowledge.build.process_documents` on its
chunk and returns the documents' partial records. Documents come back in input order,
so the merge sees exactly what one process would give it: the knowledge set is
byte-identical to one worker's.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from spacy.language import Language

from pressfacts.knowledge.build import DocumentFacts, process_documents
from pressfacts.knowledge.dispatch import dispatch
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
    return list(process_documents(chunk, _worker_nlp, max_chars=max_chars))


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
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start_worker, initargs=(overrides,)
    ) as pool:
        chunks = dispatch(
            sources,
            lambda chunk: pool.submit(_extract_chunk, chunk, max_chars),
            in_flight=workers * IN_FLIGHT_PER_WORKER,
            chunk_documents=CHUNK_DOCUMENTS,
            max_chars=max_chars,
        )
        for done in chunks:
            yield from done
