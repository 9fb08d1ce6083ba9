"""Pydantic models of everything pressfacts reads and writes."""

from pressfacts.models.ids import document_id, entity_id, quote_id, slugify, statistic_id
from pressfacts.models.records import (
    RECORD_ADAPTER,
    SCHEMA_VERSION,
    ChangeCheck,
    DocumentRecord,
    EntityRecord,
    Mention,
    Period,
    QuoteRecord,
    Record,
    RunRecord,
    StatisticRecord,
    record_json_schema,
)
from pressfacts.models.resources import OrganisationEntry, TitleEntry

__all__ = [
    "RECORD_ADAPTER",
    "SCHEMA_VERSION",
    "ChangeCheck",
    "DocumentRecord",
    "EntityRecord",
    "Mention",
    "OrganisationEntry",
    "Period",
    "QuoteRecord",
    "Record",
    "RunRecord",
    "StatisticRecord",
    "TitleEntry",
    "document_id",
    "entity_id",
    "quote_id",
    "record_json_schema",
    "slugify",
    "statistic_id",
]
