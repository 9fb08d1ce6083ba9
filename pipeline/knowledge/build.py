"""From source documents to the knowledge set: run the stages, build records, merge.

Not a component: this is the batch driver around the spaCy pipeline. Documents are
streamed through ``nlp.pipe`` once each (identical texts are processed once and
collect every source); each Doc is turned into partial records at once and dropped,
so memory holds records, not Docs. A document that fails in a stage becomes a
document record in error, and the batch goes on.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from pressfacts.knowledge import entity_merge, quote_merge, statistic_merge
from pressfacts.models.ids import document_id, error_document_id
from pressfacts.models.records import DocumentRecord, EntityRecord, RunRecord, check_references
from pressfacts.reader.formats import DEFAULT_MAX_CHARS, extractor_versions
from pressfacts.reader.read import SourceDocument
from pressfacts.sentences.component import sentence_spans
from pressfacts.version import __version__

_ERROR_KEY = "pressfacts_error"


@dataclass
class DocumentFacts:
    """What one document contributes before the cross-document merge."""

    source: SourceDocument
    id: str
    sources: list[str]
    sentences: list[tuple[int, int]] = field(default_factory=list)
    entities: list[EntityRecord] = field(default_factory=list)
    quotes: list[Any] = field(default_factory=list)
    statistics: list[Any] = field(default_factory=list)
    error: str | None = None

    def record(self) -> DocumentRecord:
        """The document record of the contract."""
        ok = self.error is None
        return DocumentRecord(
            id=self.id,
            sources=sorted(self.sources),
            title=self.source.title,
            url=self.source.url,
            published=self.source.published,
            text=self.source.text if ok else "",
            sentences=self.sentences if ok else [],
            status="ok" if ok else "error",
            warnings=list(self.source.warnings) if ok else [],
            error=self.error,
        )


def _record_error(name: str, component: Any, docs: list[Doc], error: Exception) -> None:
    """spaCy error handler: mark the failing document instead of stopping the batch."""
    message = " ".join(str(error).split()) or type(error).__name__
    for doc in docs:
        doc.user_data[_ERROR_KEY] = f"stage {name} failed: {type(error).__name__}: {message}"


def _fill(facts: DocumentFacts, doc: Doc) -> None:
    facts.sentences = sentence_spans([s.start_char for s in doc.sents], doc.text)
    facts.entities = entity_merge.doc_entities(doc, facts.id)
    facts.quotes = quote_merge.doc_quotes(doc, facts.id)
    facts.statistics = statistic_merge.doc_statistics(doc, facts.id)


def process_documents(
    sources: Iterable[SourceDocument],
    nlp: Language,
    batch_size: int = 16,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterator[DocumentFacts]:
    """Run the pipeline over ``sources``; yield one DocumentFacts per distinct document.

    Documents with the same text are one document: the later sources are added to the
    first one's ``sources`` (the object already yielded is updated in place). A text
    longer than ``max_chars`` is a document in error; any shorter one is processed
    (spaCy's own limit, ``nlp.max_length``, is set to ``max_chars``: the stages are linear).
    """
    nlp.set_error_handler(_record_error)  # type: ignore[arg-type]
    nlp.max_length = max_chars
    seen: dict[str, DocumentFacts] = {}
    pending: deque[tuple[Doc, DocumentFacts]] = deque()

    def docs_to_process() -> Iterator[Doc]:
        for source in sources:
            if source.error is None and len(source.text) > max_chars:
                source = replace(source, error=_too_long(len(source.text), max_chars))
            if source.error is not None:
                ident = error_document_id(source.source)
                if ident not in seen:
                    seen[ident] = DocumentFacts(source, ident, [source.source], error=source.error)
                    pending.append((Doc(nlp.vocab), seen[ident]))  # placeholder, not processed
                continue
            ident = document_id(source.text)
            if ident in seen:
                seen[ident].sources.append(source.source)
                continue
            facts = DocumentFacts(source, ident, [source.source])
            seen[ident] = facts
            doc = nlp.make_doc(source.text)
            doc._.published = source.published
            pending.append((doc, facts))
            yield doc

    for processed in nlp.pipe(docs_to_process(), batch_size=batch_size):
        while pending:
            doc, facts = pending.popleft()
            if doc is processed:
                _complete(facts, processed)
                yield facts
                break
            yield _failed(facts, doc)
    while pending:
        doc, facts = pending.popleft()
        yield _failed(facts, doc)


def _too_long(length: int, max_chars: int) -> str:
    return f"text too long: {length:,} characters (the limit, --max-chars, is {max_chars:,})"


def _complete(facts: DocumentFacts, doc: Doc) -> None:
    error = doc.user_data.get(_ERROR_KEY)
    if error:
        facts.error = error
        return
    try:
        _fill(facts, doc)
    except Exception as exc:  # a bug on one document must not lose the batch
        facts.error = f"building records failed: {type(exc).__name__}: {exc}".splitlines()[0]


def _failed(facts: DocumentFacts, doc: Doc) -> DocumentFacts:
    if facts.error is None:
        facts.error = doc.user_data.get(_ERROR_KEY, "the pipeline dropped the document")
    return facts


def build_knowledge_set(
    sources: Iterable[SourceDocument],
    nlp: Language,
    on_document: Callable[[DocumentFacts], object] | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    on_merge: Callable[[], object] | None = None,
) -> list[Any]:
    """All records of the knowledge set, in file order: run, documents, entities, quotes, stats.

    ``on_document`` is called with each document as it is done, ``on_merge`` once
    before the cross-document merge starts (a progress bar's last step).
    """
    documents: list[DocumentFacts] = []
    used: set[str] = set()

    def noting_extractors(stream: Iterable[SourceDocument]) -> Iterator[SourceDocument]:
        for source in stream:
            used.update(source.extractors)
            yield source

    for facts in process_documents(noting_extractors(sources), nlp, max_chars=max_chars):
        documents.append(facts)
        if on_document:
            on_document(facts)
    if on_merge:
        on_merge()
    ok = [facts for facts in documents if facts.error is None]
    entities, remap = entity_merge.merge_entities(e for facts in ok for e in facts.entities)
    quotes = quote_merge.merge_quotes((q for facts in ok for q in facts.quotes), remap)
    statistics = statistic_merge.merge_statistics(s for facts in ok for s in facts.statistics)
    document_records = sorted((facts.record() for facts in documents), key=lambda r: r.id)
    run = RunRecord(
        pipeline_version=__version__,
        documents=len(document_records),
        errors=sum(record.status == "error" for record in document_records),
        extractors=extractor_versions(used) if used else None,
    )
    records = [run, *document_records, *entities, *quotes, *statistics]
    check_references(records)
    return records
