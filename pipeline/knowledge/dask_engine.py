"""Extraction over a Dask distributed cluster (``pressfacts run --engine dask``).

Why: past one machine, the documents of a batch are extracted where the cores are, and
the associative merge of :mod:`pressfacts.knowledge.combine` puts the pieces together
with the bytes of one process.
How: the parent's side is :func:`~pressfacts.knowledge.dispatch.dispatch`, shared with
the worker processes of ``--workers``: inputs read as a stream, documents in error and
identical texts sorted out in the parent, distinct documents sent as partitions of
:data:`PARTITION_DOCUMENTS` with a few partitions in flight per worker thread (memory
stays bounded; nothing is read up front). Each partition is one task; a worker thread
builds the pipeline once per config (:func:`_pipeline`, cached per thread, so threaded
workers never share a pipeline) and returns the partition's partial records. Each
partition becomes :class:`~pressfacts.knowledge.combine.KnowledgeParts`, reduced with
:func:`~pressfacts.knowledge.combine.merge_knowledge_sets` as a tree (:class:`_Reduction`).
The reduction runs in the client: the cross-document merge needs every document's
partial records there anyway, so reducing on the cluster would only move the same bytes
twice. A failed task or a lost worker turns its partition's documents into error
records, and the batch goes on.

Dask is an optional extra (``pip install "pressfacts[dask]"``) and is imported only
here, inside the functions that use it: no other command pays for it.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from spacy.language import Language

from pressfacts.knowledge.build import DocumentFacts, process_documents
from pressfacts.knowledge.combine import KnowledgeParts, merge_knowledge_sets
from pressfacts.knowledge.dispatch import EngineError, dispatch
from pressfacts.reader.formats import DEFAULT_MAX_CHARS
from pressfacts.reader.read import SourceDocument

PARTITION_DOCUMENTS = 16
"""Distinct documents per task: enough to cover a task's overhead, few enough to spread."""
IN_FLIGHT_PER_THREAD = 3
"""Partitions out at a time per worker thread of the cluster."""
CONNECT_TIMEOUT = "20s"
"""How long to wait for the scheduler given by ``--scheduler``."""
MISSING_DASK = 'the dask engine needs Dask: pip install "pressfacts[dask]"'

_thread = threading.local()


def require_dask() -> None:
    """Raise :class:`EngineError` with the install command when Dask is missing."""
    try:
        import distributed  # noqa: F401
    except ImportError as error:
        raise EngineError(MISSING_DASK) from error


def _pipeline(overrides: dict[str, Any] | None) -> Language:
    """This thread's pipeline for ``overrides``: built on the first task, then reused."""
    pipelines: dict[str, Language] = _thread.__dict__.setdefault("pipelines", {})
    key = json.dumps(overrides or {}, sort_keys=True)
    if key not in pipelines:
        from pressfacts.nlp import build_nlp

        pipelines[key] = build_nlp(overrides)
    return pipelines[key]


def extract_partition(
    partition: list[SourceDocument], overrides: dict[str, Any] | None, max_chars: int
) -> list[DocumentFacts]:
    """The partial records of a partition of distinct documents (a task, on a worker)."""
    return list(process_documents(partition, _pipeline(overrides), max_chars=max_chars))


@contextmanager
def connect(scheduler: str | None, workers: int | None = None) -> Iterator[Any]:
    """A Dask client: of the scheduler at ``scheduler``, else of a LocalCluster.

    The local cluster has ``workers`` worker processes (default one per core) of one
    thread each: extraction holds the GIL, so processes, not threads, add speed.
    """
    require_dask()
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except OSError as error:
            reason = str(error).splitlines()[0] if str(error) else type(error).__name__
            message = f"cannot reach the Dask scheduler at {scheduler}: {reason}"
            raise EngineError(message) from error
        with client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


class _Reduction:
    """Merges KnowledgeParts as they come, as a tree: equal-sized results are paired (a
    binary counter), so each document is copied O(log n) times in all, not once per
    partition. Earlier parts stay first, as the merge's tie-break wants."""

    def __init__(self) -> None:
        self._stack: list[tuple[int, KnowledgeParts]] = []

    def add(self, parts: KnowledgeParts) -> None:
        """Take one more partition's parts (in input order)."""
        level = 0
        while self._stack and self._stack[-1][0] == level:
            parts = merge_knowledge_sets(self._stack.pop()[1], parts)
            level += 1
        self._stack.append((level, parts))

    def result(self) -> KnowledgeParts:
        """The merge of every part taken."""
        merged = KnowledgeParts()
        for _, parts in self._stack:
            merged = merge_knowledge_sets(merged, parts)
        return merged


def extract_on_dask(
    sources: Iterable[SourceDocument],
    scheduler: str | None = None,
    workers: int | None = None,
    overrides: dict[str, Any] | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    on_document: Callable[[DocumentFacts], object] | None = None,
) -> KnowledgeParts:
    """The knowledge set's parts for ``sources``, extracted on a Dask cluster.

    Args:
        sources: the input documents, read lazily.
        scheduler: a scheduler address (``tcp://host:8786``); None starts a LocalCluster.
        workers: the LocalCluster's worker processes (default one per core).
        overrides: pipeline config overrides, as for :func:`pressfacts.nlp.build_nlp`.
        max_chars: longer texts are documents in error.
        on_document: called with each document as it comes back, in input order.

    Raises:
        EngineError: Dask is not installed, or the scheduler cannot be reached.
    """
    reduction = _Reduction()
    with connect(scheduler, workers) as client:
        threads = sum(client.nthreads().values()) or 1

        def submit(partition: list[SourceDocument]) -> Any:
            return client.submit(extract_partition, partition, overrides, max_chars, pure=False)

        partitions = dispatch(
            sources,
            submit,
            in_flight=threads * IN_FLIGHT_PER_THREAD,
            chunk_documents=PARTITION_DOCUMENTS,
            max_chars=max_chars,
        )
        for documents in partitions:
            for facts in documents:
                if on_document:
                    on_document(facts)
            reduction.add(KnowledgeParts.of(documents))
    return reduction.result()
