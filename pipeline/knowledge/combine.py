"""An associative merge of knowledge sets, kept as their per-document partial records.

Why: a batch extracted in pieces (worker processes, partitions of a cluster, today's
releases beside yesterday's) must give the same knowledge set as one run over all of
it. The records of a knowledge set have already been merged across documents and
cannot be split again, so the unit that merges is :class:`KnowledgeParts`: every
document's partial records (:class:`~pressfacts.knowledge.build.DocumentFacts`) and
the extractors used. Merging two is a union by document id; the records are built
from it by one cross-document merge over the documents in id order, so
``merge_knowledge_sets(parts(A), parts(B)).records()`` is ``run(A ∪ B)`` byte for
byte, whatever the split and the order of merging.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import chain
from typing import Any

from pressfacts.knowledge import entity_merge, quote_merge, statistic_merge
from pressfacts.knowledge.build import DocumentFacts
from pressfacts.knowledge.packed import PackedRecord
from pressfacts.models.records import RunRecord, check_references
from pressfacts.reader.formats import extractor_versions
from pressfacts.version import __version__


@dataclass(frozen=True)
class KnowledgeParts:
    """A knowledge set before its cross-document merge: documents by id, extractors used."""

    documents: dict[str, DocumentFacts] = field(default_factory=dict)
    extractors: frozenset[str] = frozenset()

    @classmethod
    def of(
        cls, documents: Iterable[DocumentFacts], extractors: Iterable[str] = ()
    ) -> KnowledgeParts:
        """Parts from processed documents (a document seen twice keeps both's sources)."""
        return merge_knowledge_sets(KnowledgeParts(), cls(_by_id(documents), frozenset(extractors)))

    def records(self, pack: bool = False) -> list[Any]:
        """All records of the knowledge set, in file order: run, documents, entities,
        quotes, statistics (see :func:`assemble`; ``pack``: merged records as
        :class:`~pressfacts.knowledge.packed.PackedRecord`, to write)."""
        return assemble(self.documents.values(), self.extractors, pack)


def _by_id(documents: Iterable[DocumentFacts]) -> dict[str, DocumentFacts]:
    merged: dict[str, DocumentFacts] = {}
    for facts in documents:
        merged[facts.id] = _union(merged[facts.id], facts) if facts.id in merged else facts
    return merged


def _union(first: DocumentFacts, second: DocumentFacts) -> DocumentFacts:
    """One document seen in both: the first one's findings, every source of both."""
    sources = sorted({*first.sources, *second.sources})
    return replace(first, sources=sources)


def merge_knowledge_sets(first: KnowledgeParts, second: KnowledgeParts) -> KnowledgeParts:
    """The parts of the knowledge set of both batches (associative; on documents with
    the same id the first's title, date and findings are kept, as one run keeps the
    first of identical texts)."""
    documents = dict(first.documents)
    for ident, facts in second.documents.items():
        documents[ident] = _union(documents[ident], facts) if ident in documents else facts
    return KnowledgeParts(documents, first.extractors | second.extractors)


def _merged(ok: list[DocumentFacts]) -> Iterator[Any]:
    """The merged records of each kind in turn, each made as it is read: entities,
    quotes, statistics."""
    entities, remap = entity_merge.merged_entities(e for facts in ok for e in facts.entities)
    yield from entities
    yield from quote_merge.merged_quotes((q for facts in ok for q in facts.quotes), remap)
    yield from statistic_merge.merged_statistics(s for facts in ok for s in facts.statistics)


def assemble(
    documents: Iterable[DocumentFacts], extractors: Iterable[str] = (), pack: bool = False
) -> list[Any]:
    """The knowledge set's records from per-document partials: the cross-document merge.

    Documents are taken in id order, so the records depend on the set of documents
    only, not on the order they were read or merged in. Records are made one at a
    time (document records from their facts, merged records as each merge hands them
    out), checked (references) and, with ``pack``, packed at once: only one record
    is live as pydantic objects at a time, beside the merge's own state (the peak
    memory of a run).
    """
    ordered = sorted(documents, key=lambda facts: facts.id)
    ok = [facts for facts in ordered if facts.error is None]
    used = set(extractors)
    run = RunRecord(
        pipeline_version=__version__,
        documents=len(ordered),
        errors=len(ordered) - len(ok),
        extractors=extractor_versions(used) if used else None,
    )
    records: list[Any] = [run]

    def every() -> Iterator[Any]:
        yield run
        for record in chain((facts.record() for facts in ordered), _merged(ok)):
            yield record
            records.append(PackedRecord(record) if pack else record)

    check_references(every())
    return records
