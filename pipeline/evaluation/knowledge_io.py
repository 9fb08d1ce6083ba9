"""The knowledge set as the scorer reads it: records grouped by kind, found by document.

Reading goes through ``pressfacts.knowledge.store`` (one reader; its errors name file
and line); this module only groups the records and finds each gold file's document.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Protocol, TypeVar

from pressfacts.knowledge.store import read_knowledge_set
from pressfacts.models.gold import GoldFile
from pressfacts.models.records import (
    DocumentRecord,
    EntityRecord,
    Mention,
    QuoteRecord,
    StatisticRecord,
)


@dataclass(frozen=True)
class KnowledgeSet:
    """The records of one ``knowledge.jsonl``, grouped by kind."""

    documents: list[DocumentRecord] = field(default_factory=list)
    entities: list[EntityRecord] = field(default_factory=list)
    quotes: list[QuoteRecord] = field(default_factory=list)
    statistics: list[StatisticRecord] = field(default_factory=list)

    @property
    def entity_by_id(self) -> dict[str, EntityRecord]:
        """Entities keyed by id."""
        return {entity.id: entity for entity in self.entities}


def read_knowledge(path: Path) -> KnowledgeSet:
    """Read and validate every line of a ``knowledge.jsonl``.

    Args:
        path: The file.

    Returns:
        Its records, grouped by kind (the run record is left out).

    Raises:
        ValueError: A line is not a valid record; the message names the line.
    """
    knowledge = KnowledgeSet()
    for record in read_knowledge_set(path):
        if isinstance(record, DocumentRecord):
            knowledge.documents.append(record)
        elif isinstance(record, EntityRecord):
            knowledge.entities.append(record)
        elif isinstance(record, QuoteRecord):
            knowledge.quotes.append(record)
        elif isinstance(record, StatisticRecord):
            knowledge.statistics.append(record)
    return knowledge


def find_document(gold: GoldFile, documents: Sequence[DocumentRecord]) -> DocumentRecord | None:
    """The document one of whose sources has the gold file's source as its base name."""
    for document in documents:
        if any(PurePath(source).name == gold.source for source in document.sources):
            return document
    return None


class HasMentions(Protocol):
    """A record with mentions: an entity, quote or statistic."""

    @property
    def mentions(self) -> list[Mention]: ...


R = TypeVar("R", bound=HasMentions)


def mentioned_in(records: Iterable[R], document: DocumentRecord | None) -> list[R]:
    """The records with a mention in the document (none when there is no document)."""
    if document is None:
        return []
    return [r for r in records if any(m.doc == document.id for m in r.mentions)]
