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
from itertools import islice
from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.tokens import Doc

from pressfacts.doc_text import doc_text
from pressfacts.knowledge import entity_merge, parts, quote_merge, statistic_merge
from pressfacts.models.ids import document_id, error_document_id
from pressfacts.models.records import DocumentRecord, EntityRecord
from pressfacts.reader.formats import DEFAULT_MAX_CHARS
from pressfacts.reader.read import SourceDocument
from pressfacts.reader.reading_text import reading_text
from pressfacts.sentences.component import sentence_spans

if TYPE_CHECKING:
    from pressfacts.knowledge.combine import KnowledgeParts

_ERROR_KEY = "pressfacts_error"
ZONE_DOCUMENTS = 32
"""Documents processed in one spaCy memory zone (their new words are then forgotten).
The first group, out of a zone, fills the vocabulary with the common words: 256
documents there held 0.8 MB more than 32, with no measurable gain in speed."""
BATCH_DOCUMENTS = 16
"""Documents each stage runs over at a time (``nlp.pipe``'s batch: its tables stay warm)."""
ENGINES = ("local", "dask")
"""Where extraction runs: this machine (one process or ``workers``), or a Dask cluster."""


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
        source = self.source  # read once: a frozen document thaws it on each read
        return DocumentRecord(
            id=self.id,
            sources=sorted(self.sources),
            title=source.title,
            url=source.url,
            published=source.published,
            text=source.text if ok else "",
            sentences=self.sentences if ok else [],
            status="ok" if ok else "error",
            warnings=list(source.warnings) if ok else [],
            error=self.error,
        )


def _record_error(name: str, component: Any, docs: list[Doc], error: Exception) -> None:
    """spaCy error handler: mark the failing document instead of stopping the batch."""
    message = " ".join(str(error).split()) or type(error).__name__
    for doc in docs:
        doc.user_data[_ERROR_KEY] = f"stage {name} failed: {type(error).__name__}: {message}"


@dataclass
class _Part:
    """A Doc waiting in the pipeline: a whole document, or one part of a long one."""

    doc: Doc
    facts: DocumentFacts
    offset: int = 0
    last: bool = True
    text: str | None = None
    """The part's own text when the Doc read another of the same length (its odd
    spaces and hard wraps made plain, :mod:`pressfacts.reader.reading_text`): the
    records slice this."""


def _fill(facts: DocumentFacts, doc: Doc, offset: int = 0, text: str | None = None) -> None:
    """Add one Doc's findings to its document, offsets shifted by where the Doc starts.

    ``text`` is the Doc's text when the caller has it; else the text the tokenizer kept
    (:func:`pressfacts.doc_text.doc_text`; spaCy would build ``doc.text`` anew, a Token
    object per token, on each read)."""
    text = doc_text(doc) if text is None else text
    spans = sentence_spans([s.start_char for s in doc.sents], text)
    facts.sentences += [(start + offset, end + offset) for start, end in spans]
    facts.entities += [
        parts.shift_entity(record, offset)
        for record in entity_merge.doc_entities(doc, facts.id, text)
    ]
    facts.quotes += [
        parts.shift_partial(partial, offset)
        for partial in quote_merge.doc_quotes(doc, facts.id, text)
    ]
    facts.statistics += [
        parts.shift_partial(partial, offset)
        for partial in statistic_merge.doc_statistics(doc, facts.id, text)
    ]


def process_documents(
    sources: Iterable[SourceDocument],
    nlp: Language,
    batch_size: int = BATCH_DOCUMENTS,
    max_chars: int = DEFAULT_MAX_CHARS,
    zone_first: bool = False,
) -> Iterator[DocumentFacts]:
    """Run the pipeline over ``sources``; yield one DocumentFacts per distinct document.

    Documents with the same text are one document: the later sources are added to the
    first one's ``sources`` (the object already yielded is updated in place). A text
    longer than ``max_chars`` is a document in error; any shorter one is processed, a
    long one in paragraph-aligned parts (:mod:`pressfacts.knowledge.parts`). spaCy's own
    limit, ``nlp.max_length``, is set to ``max_chars`` deliberately. With ``zone_first``
    the first group is in a memory zone too (the vocabulary was filled by earlier calls).
    """
    nlp.set_error_handler(_record_error)  # type: ignore[arg-type]
    nlp.max_length = max_chars
    # the sources of each document by id, not its facts: those are the caller's to keep
    seen: dict[str, list[str]] = {}
    stream = iter(sources)
    # the first documents fill the vocabulary and the tokenizer's cache (spaCy caches
    # no word in a memory zone) with the common words; the words first seen in any
    # later group are forgotten after it: the vocabulary does not grow with the batch
    # (``zone_first``: the caller's earlier calls filled it; a worker's later chunks)
    if not zone_first:
        yield from _process_group(
            list(islice(stream, ZONE_DOCUMENTS)), nlp, seen, batch_size, max_chars
        )
    while group := list(islice(stream, ZONE_DOCUMENTS)):
        with nlp.memory_zone():
            yield from _process_group(group, nlp, seen, batch_size, max_chars)


def _process_group(
    sources: list[SourceDocument],
    nlp: Language,
    seen: dict[str, list[str]],
    batch_size: int,
    max_chars: int,
) -> Iterator[DocumentFacts]:
    """:func:`process_documents` on one group of documents (``seen``: every earlier one)."""
    pending: deque[_Part] = deque()

    def docs_to_process() -> Iterator[Doc]:
        for source in sources:
            if source.error is None and len(source.text) > max_chars:
                source = replace(source, error=too_long(len(source.text), max_chars))
            if source.error is not None:
                ident = error_document_id(source.source)
                if ident not in seen:
                    facts = DocumentFacts(source, ident, [source.source], error=source.error)
                    seen[ident] = facts.sources
                    pending.append(_Part(Doc(nlp.vocab), facts))  # placeholder
                continue
            ident = document_id(source.text)
            if ident in seen:
                seen[ident].append(source.source)
                continue
            facts = DocumentFacts(source, ident, [source.source])
            seen[ident] = facts.sources
            slices = parts.split_parts(source.text)
            read = reading_text(source.text)  # the same length: every offset is the text's
            for number, (start, end) in enumerate(slices, start=1):
                text = read[start:end]
                doc = nlp.make_doc(text)  # spaCy's tokens keep every character: doc.text == text
                doc._.published = source.published
                doc._.url_date = source.url_date
                doc._.copy_date = source.copy_date
                own = None if read is source.text else source.text[start:end]
                pending.append(_Part(doc, facts, start, number == len(slices), own))
                yield doc

    for processed in nlp.pipe(docs_to_process(), batch_size=batch_size):
        while pending:
            part = pending.popleft()
            done = part.doc is processed
            _settle(part, done)
            if part.last:
                yield part.facts
            if done:
                break
    while pending:
        part = pending.popleft()
        _settle(part, False)
        if part.last:
            yield part.facts


def too_long(length: int, max_chars: int) -> str:
    """The error of a document over the length limit."""
    return f"text too long: {length:,} characters (the limit, --max-chars, is {max_chars:,})"


def _settle(part: _Part, processed: bool) -> None:
    """Take a Doc's findings into its document, or the reason it has none."""
    facts = part.facts
    if facts.error is not None:  # an input in error, or an earlier part failed
        return
    error = part.doc.user_data.get(_ERROR_KEY)
    if error or not processed:
        facts.error = error or "the pipeline dropped the document"
        return
    try:
        _fill(facts, part.doc, part.offset, part.text)
    except Exception as exc:  # a bug on one document must not lose the batch
        facts.error = f"building records failed: {type(exc).__name__}: {exc}".splitlines()[0]


def build_knowledge_set(
    sources: Iterable[SourceDocument],
    nlp: Language | None,
    on_document: Callable[[DocumentFacts], object] | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    on_merge: Callable[[], object] | None = None,
    workers: int = 1,
    overrides: dict[str, Any] | None = None,
    engine: str = "local",
    scheduler: str | None = None,
) -> list[Any]:
    """All records of the knowledge set, in file order: run, documents, entities, quotes, stats.

    ``on_document`` is called with each document as it is done, ``on_merge`` once
    before the cross-document merge starts (a progress bar's last step). With
    ``workers`` above 1 extraction runs in that many processes, forked from ``nlp``
    (built with ``overrides`` when None) on Linux, else each building its own; the
    records are the same bytes as with one. With ``engine="dask"`` extraction runs on
    the Dask cluster at ``scheduler``, or on a local cluster of ``workers`` processes
    (one per core when ``workers`` is 1): :mod:`pressfacts.knowledge.dask_engine`,
    the same bytes again.
    """
    parts = build_knowledge_parts(
        sources,
        nlp,
        on_document,
        max_chars=max_chars,
        workers=workers,
        overrides=overrides,
        engine=engine,
        scheduler=scheduler,
    )
    if on_merge:
        on_merge()
    # records unpacked: a list of the models
    return list(parts.records(redate=copy_redater(nlp, overrides, max_chars)))


def copy_redater(
    nlp: Language | None,
    overrides: dict[str, Any] | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Callable[[SourceDocument], list[Any] | None]:
    """What re-extracts an undated copy's statistics against its borrowed date
    (:mod:`pressfacts.knowledge.copy_dates`): ``nlp``, or one built with ``overrides``
    on the first use (most sets have no undated copy of a dated release). None when the
    document fails again: its own statistics are kept."""
    pipeline = nlp

    def redate(source: SourceDocument) -> list[Any] | None:
        nonlocal pipeline
        if pipeline is None:
            from pressfacts.nlp import build_nlp

            pipeline = build_nlp(overrides)
        [facts] = process_documents([source], pipeline, max_chars=max_chars)
        return facts.statistics if facts.error is None else None

    return redate


def build_knowledge_parts(
    sources: Iterable[SourceDocument],
    nlp: Language | None,
    on_document: Callable[[DocumentFacts], object] | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    workers: int = 1,
    overrides: dict[str, Any] | None = None,
    known: KnowledgeParts | None = None,
    engine: str = "local",
    scheduler: str | None = None,
) -> KnowledgeParts:
    """The parts of the knowledge set of ``sources`` (see :func:`build_knowledge_set`),
    merged into ``known`` when given.

    A document of ``known`` (the same text) is not processed again: only its source is
    added. So ``known`` being the parts of a run over A, the result is the parts of one
    run over A then ``sources`` (``pressfacts run --merge``).
    """
    documents: list[DocumentFacts] = []
    used: set[str] = set()

    def noting_extractors(stream: Iterable[SourceDocument]) -> Iterator[SourceDocument]:
        for source in stream:
            used.update(source.extractors)
            yield source

    def new_only(stream: Iterable[SourceDocument]) -> Iterator[SourceDocument]:
        for source in stream:
            if known is not None and source.error is None and len(source.text) <= max_chars:
                ident = document_id(source.text)
                if ident in known.documents:  # only its source joins the known document
                    facts = DocumentFacts(source, ident, [source.source])
                    documents.append(facts)
                    if on_document:
                        on_document(facts)
                    continue
            yield source

    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}: one of {', '.join(ENGINES)}")
    wanted = new_only(noting_extractors(sources))
    from pressfacts.knowledge.combine import KnowledgeParts, merge_knowledge_sets

    if engine == "dask":
        from pressfacts.knowledge.dask_engine import extract_on_dask

        extracted = extract_on_dask(
            wanted,
            scheduler,
            workers if workers > 1 else None,
            overrides,
            max_chars=max_chars,
            on_document=on_document,
        )
        parts = merge_knowledge_sets(
            extracted, KnowledgeParts.of(documents, used)
        )  # documents: the known texts' extra sources
        return parts if known is None else merge_knowledge_sets(known, parts)
    stream: Iterator[DocumentFacts]
    if workers > 1:
        from pressfacts.knowledge.workers import process_documents_parallel

        stream = process_documents_parallel(
            wanted, workers, overrides, max_chars=max_chars, nlp=nlp
        )
    else:
        if nlp is None:
            from pressfacts.nlp import build_nlp

            nlp = build_nlp(overrides)
        stream = process_documents(wanted, nlp, max_chars=max_chars)
    from pressfacts.knowledge.frozen import freeze  # partials held compressed to the merge

    for facts in stream:
        documents.append(freeze(facts))
        if on_document:
            on_document(facts)
    parts = KnowledgeParts.of(documents, used)
    return parts if known is None else merge_knowledge_sets(known, parts)
