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

from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

from pressfacts.knowledge import entity_merge, quote_merge, statistic_merge
from pressfacts.knowledge.beside import beside as in_child
from pressfacts.knowledge.build import DocumentFacts
from pressfacts.knowledge.copy_dates import Redate, dated_by_copies
from pressfacts.knowledge.frozen import document_blob
from pressfacts.knowledge.packed import PackedRecord, PackedRecords, packed_line
from pressfacts.models.records import DocumentRecord, RunRecord, check_references
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

    def records(
        self, pack: bool = False, beside: bool = False, redate: Redate | None = None
    ) -> Sequence[Any]:
        """All records of the knowledge set, in file order: run, documents, entities,
        quotes, statistics (see :func:`assemble`; ``pack``: merged records as
        :class:`~pressfacts.knowledge.packed.PackedRecord`, to write; ``beside``: with
        ``pack``, the statistics merged in a forked process meanwhile; ``redate``:
        undated copies of dated documents re-read against their copies' date)."""
        return assemble(self.documents.values(), self.extractors, pack, beside, redate)


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


def _merged(ok: list[DocumentFacts], statistics: bool = True, pack: bool = False) -> Iterator[Any]:
    """The merged records of each kind in turn, each made as it is read: entities,
    quotes, statistics (unless ``statistics`` is false); ``pack``: records to pack."""
    entities, remap = entity_merge.merged_entities(e for facts in ok for e in facts.entities)
    yield from entities
    quotes = (q for facts in ok for q in facts.quotes)
    yield from quote_merge.merged_quotes(quotes, remap, lean=pack)
    if statistics:
        yield from _statistics(ok)


def _statistics(ok: list[DocumentFacts]) -> Iterator[Any]:
    return statistic_merge.merged_statistics(s for facts in ok for s in facts.statistics)


def _packed_statistics(ok: list[DocumentFacts]) -> list[PackedRecord]:
    """The statistic records, packed, checked as :func:`check_references` checks them
    (their mentions point at ok documents): the statistics' part of the merge, whole."""
    ok_documents = {facts.id for facts in ok}
    packed = []
    for record in _statistics(ok):
        for mention in record.mentions:
            if mention.doc not in ok_documents:
                raise ValueError(
                    f"{record.id}: mention in {mention.doc}, which is not an ok document"
                )
        packed.append(PackedRecord(record))
    return packed


def assemble(
    documents: Iterable[DocumentFacts],
    extractors: Iterable[str] = (),
    pack: bool = False,
    beside: bool = False,
    redate: Redate | None = None,
) -> Sequence[Any]:
    """The knowledge set's records from per-document partials: the cross-document merge.

    Documents are taken in id order, so the records depend on the set of documents
    only, not on the order they were read or merged in. Records are made one at a
    time (document records from their facts, merged records as each merge hands them
    out), checked (references) and, with ``pack``, packed at once: only one record
    is live as pydantic objects at a time, beside the merge's own state (the peak
    memory of a run). With ``pack`` and ``beside``, the statistics (which need neither
    entities nor quotes) are merged, checked and packed in a forked process
    (:mod:`pressfacts.knowledge.beside`) while this one does the rest: the same
    records, on two cores (``run --workers``). With ``redate``, an undated document
    with dated copies in the set has its statistics extracted again against their
    date (:mod:`pressfacts.knowledge.copy_dates`), a function of the set, so the merge
    stays order-free.
    """
    ordered = sorted(documents, key=lambda facts: facts.id)
    if redate is not None:
        ordered = dated_by_copies(ordered, redate)
    ok = [facts for facts in ordered if facts.error is None]
    with ExitStack() as stack:
        statistics = (
            stack.enter_context(in_child(partial(_packed_statistics, ok)))
            if pack and beside
            else None
        )
        records = _assemble(ordered, ok, extractors, pack, statistics is None)
        if statistics is not None:
            records.extend(statistics.result())
    return records


def _ok_document(ident: str) -> DocumentRecord:
    """A stand-in for an ok document's record where only its id and status are read
    (every field given: pydantic inspects a default factory's signature on each call)."""
    return DocumentRecord.model_construct(
        kind="document",
        id=ident,
        sources=[],
        title=None,
        url=None,
        published=None,
        text="",
        sentences=[],
        status="ok",
        warnings=[],
        error=None,
    )


def _assemble(
    ordered: list[DocumentFacts],
    ok: list[DocumentFacts],
    extractors: Iterable[str],
    pack: bool,
    statistics: bool,
) -> list[Any] | PackedRecords:
    """:func:`assemble` in this process (the statistics too, if ``statistics``)."""
    used = set(extractors)
    run = RunRecord(
        pipeline_version=__version__,
        documents=len(ordered),
        errors=len(ordered) - len(ok),
        extractors=extractor_versions(used) if used else None,
    )
    # packed: held without an object per record (the largest part of the write's memory)
    records: list[Any] | PackedRecords = PackedRecords([run]) if pack else [run]

    def every() -> Iterator[Any]:
        yield run
        for facts in ordered:
            blob = document_blob(facts) if pack else None
            if blob is None:
                record = facts.record()
                yield record
                records.append(PackedRecord(record) if pack else record)
            else:  # packed where it was extracted: the checks read its id and status only
                yield _ok_document(facts.id)
                records.append(packed_line("document", facts.id, blob))
        for record in _merged(ok, statistics, pack):
            yield record
            records.append(PackedRecord(record) if pack else record)

    check_references(every())
    return records
