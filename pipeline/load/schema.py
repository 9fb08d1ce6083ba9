"""The database schema of a loaded knowledge set: tables, keys, indexes and views.

One SQLAlchemy Core ``MetaData`` serves SQLite and PostgreSQL alike. The tables are the
records of the contract (``knowledge-set.md``, version 2) normalised: one table per record
kind, one child table per list field (sources, sentences, warnings, aliases, titles, roles,
affiliations), and one ``mentions`` table for the mentions of every kind. Child rows are
keyed by their parent's id and their ``position`` in the list, so the file round-trips
in order. Offsets are ``start_char``/``end_char`` (spaCy's names; ``end`` is a reserved
word in SQL).

Foreign keys are ``DEFERRABLE INITIALLY DEFERRED``: they are checked at commit, so one
load can rename, delete and insert in any order and still never commits a dangling id.
The record tables carry ``first_load`` and ``changed_load``: the ``loads`` row that first
inserted the record and the one that last changed it (its history, kept across a rename).

``schema_info``, ``schema_migrations`` and ``loads`` are the bookkeeping tables that
:mod:`pressfacts.load.migrations` creates before any migration runs.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

METADATA = MetaData()
"""The tables of the current database revision (what the loader writes)."""

BOOKKEEPING = MetaData()
"""The tables the migration runner needs before any migration: never migrated themselves."""


def _ref(target: str) -> ForeignKey:
    """A foreign key checked at commit, so a load may write its rows in any order."""
    return ForeignKey(target, deferrable=True, initially="DEFERRED")


def _history() -> list[Column[int]]:
    return [
        Column("first_load", Integer, nullable=False, comment="loads.id that inserted it"),
        Column("changed_load", Integer, nullable=False, comment="loads.id that last changed it"),
    ]


schema_info = Table(
    "schema_info",
    BOOKKEEPING,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
    comment="schema_version (the contract), migration, and what the last load read",
)

schema_migrations = Table(
    "schema_migrations",
    BOOKKEEPING,
    Column("number", Integer, primary_key=True, autoincrement=False),
    Column("name", Text, nullable=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

loads = Table(
    "loads",
    BOOKKEEPING,
    Column("id", Integer, primary_key=True),
    Column("loaded_at", DateTime(timezone=True), nullable=False),
    Column("file", Text, nullable=False, comment="file name of the knowledge set"),
    Column("sha256", String(64), nullable=False),
    Column("schema_version", Integer, nullable=False),
    Column("pipeline_version", Text, nullable=False),
    Column("inserted", Integer, nullable=False),
    Column("updated", Integer, nullable=False),
    Column("deleted", Integer, nullable=False),
    Column("renamed", Integer, nullable=False),
    comment="one row per load that changed something",
)

documents = Table(
    "documents",
    METADATA,
    Column("id", String(64), primary_key=True),
    Column("title", Text),
    Column("url", Text),
    Column("site", Text, comment="host name of url, without www.: the outlet"),
    Column("published", Date),
    Column("status", String(8), nullable=False),
    Column("error", Text),
    Column("text", Text, nullable=False),
    *_history(),
    Index("ix_documents_published", "published"),
    Index("ix_documents_site", "site"),
)

document_sources = Table(
    "document_sources",
    METADATA,
    Column("document_id", String(64), _ref("documents.id"), primary_key=True),
    Column("position", Integer, primary_key=True, autoincrement=False),
    Column("source", Text, nullable=False, comment="input path as given"),
    Index("ix_document_sources_source", "source"),
)

document_sentences = Table(
    "document_sentences",
    METADATA,
    Column("document_id", String(64), _ref("documents.id"), primary_key=True),
    Column("position", Integer, primary_key=True, autoincrement=False),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
)

document_warnings = Table(
    "document_warnings",
    METADATA,
    Column("document_id", String(64), _ref("documents.id"), primary_key=True),
    Column("position", Integer, primary_key=True, autoincrement=False),
    Column("warning", Text, nullable=False),
)

entities = Table(
    "entities",
    METADATA,
    Column("id", String(200), primary_key=True),
    Column("type", String(16), nullable=False),
    Column("name", Text, nullable=False),
    *_history(),
    Index("ix_entities_type_name", "type", "name"),
)

entity_aliases = Table(
    "entity_aliases",
    METADATA,
    Column("entity_id", String(200), _ref("entities.id"), primary_key=True),
    Column("position", Integer, primary_key=True, autoincrement=False),
    Column("alias", Text, nullable=False),
    Index("ix_entity_aliases_alias", "alias"),
)

entity_titles = Table(
    "entity_titles",
    METADATA,
    Column("entity_id", String(200), _ref("entities.id"), primary_key=True),
    Column("position", Integer, primary_key=True, autoincrement=False),
    Column("title", Text, nullable=False),
    Index("ix_entity_titles_title", "title"),
)

entity_roles = Table(
    "entity_roles",
    METADATA,
    Column("entity_id", String(200), _ref("entities.id"), primary_key=True),
    Column("position", Integer, primary_key=True, autoincrement=False),
    Column("title", Text, nullable=False),
    Column("organisation_id", String(200), _ref("entities.id")),
    Column("area", Text),
    Index("ix_entity_roles_title", "title"),
    Index("ix_entity_roles_organisation_id", "organisation_id"),
)

entity_affiliations = Table(
    "entity_affiliations",
    METADATA,
    Column("entity_id", String(200), _ref("entities.id"), primary_key=True),
    Column("position", Integer, primary_key=True, autoincrement=False),
    Column("organisation_id", String(200), _ref("entities.id"), nullable=False),
    Index("ix_entity_affiliations_organisation_id", "organisation_id"),
)

quotes = Table(
    "quotes",
    METADATA,
    Column("id", String(64), primary_key=True),
    Column("speaker_id", String(200), _ref("entities.id")),
    Column("text", Text, nullable=False),
    Column("attribution", Text),
    *_history(),
    Index("ix_quotes_speaker_id", "speaker_id"),
)

statistics = Table(
    "statistics",
    METADATA,
    Column("id", String(64), primary_key=True),
    Column("value", Float, nullable=False),
    Column("unit", Text, nullable=False),
    Column("qualifier", String(16)),
    Column("change", String(16)),
    Column("measure", Text),
    Column("area", Text),
    Column("per", String(8)),
    Column("period_start", Date),
    Column("period_end", Date),
    Column("period_text", Text),
    Column("check_from", Float),
    Column("check_to", Float),
    Column("check_computed", Float),
    Column("check_stated", Float),
    Column("check_agrees", Boolean),
    *_history(),
    Index("ix_statistics_area", "area"),
    Index("ix_statistics_unit", "unit"),
    Index("ix_statistics_period", "period_start", "period_end"),
)

mentions = Table(
    "mentions",
    METADATA,
    Column("record_id", String(200), primary_key=True, comment="entity, quote or statistic id"),
    Column("position", Integer, primary_key=True, autoincrement=False),
    Column("record_kind", String(16), nullable=False),
    Column("document_id", String(64), _ref("documents.id"), nullable=False),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Index("ix_mentions_document", "document_id", "start_char"),
    Index("ix_mentions_kind", "record_kind"),
)

RECORD_TABLES = {
    "document": documents,
    "entity": entities,
    "quote": quotes,
    "statistic": statistics,
}
"""The table of each record kind: its ``id`` is the record's id."""
