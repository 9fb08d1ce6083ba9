"""``load_knowledge_set``: one knowledge set into one database, in one transaction.

The order of a load:
1. read and check the knowledge set and its ``renamed-ids.jsonl`` (nothing touched yet);
2. open one transaction, take the load lock, bring the schema to the newest migration;
3. rename stored records whose id changed;
4. compare every table with the rows the file gives, and write only the difference;
5. note the load in ``loads`` and ``schema_info``, and commit.
If nothing differs, the transaction is rolled back: a second load of the same file
leaves the database byte for byte as it was. Any error, or a kill, before the commit
leaves the previous state (SQLite's journal and PostgreSQL's transaction see to that).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, func, insert, select, update

from pressfacts.load import schema
from pressfacts.load.database import database_url, lock_for_load, make_engine, shown
from pressfacts.load.knowledge import (
    RENAMED_IDS_FILE,
    KnowledgeSet,
    RenamedId,
    read_knowledge,
    read_renamed_ids,
)
from pressfacts.load.migrations import DATABASE_SCHEMA_VERSION, migrate, newest_migration
from pressfacts.load.renames import apply_renames
from pressfacts.load.rows import Rows, desired_rows
from pressfacts.load.sync import apply_diffs, diff_all


@dataclass(frozen=True)
class LoadReport:
    """What a load did."""

    database: str
    """The database URL, without its password."""
    load_id: int | None
    """The ``loads`` row of this load; None when nothing changed."""
    inserted: int = 0
    updated: int = 0
    deleted: int = 0
    renamed: int = 0
    migrations: tuple[str, ...] = ()
    rows: dict[str, int] = field(default_factory=dict)
    """Rows the file gives, per table."""
    dropped_affiliations: int = 0

    @property
    def changed(self) -> bool:
        """Whether the load wrote anything."""
        return self.load_id is not None

    def summary(self) -> str:
        """One line for the terminal."""
        total = sum(self.rows.values())
        if not self.changed:
            return f"{total} rows, all already loaded: nothing changed in {self.database}"
        return (
            f"{total} rows in {len(self.rows)} tables: {self.inserted} inserted, "
            f"{self.updated} updated, {self.deleted} deleted, {self.renamed} renamed "
            f"(load {self.load_id}) -> {self.database}"
        )


def _info(knowledge: KnowledgeSet) -> dict[str, str]:
    return {
        "schema_version": str(DATABASE_SCHEMA_VERSION),
        "migration": str(newest_migration()),
        "loaded_file": knowledge.path.name,
        "loaded_sha256": knowledge.sha256,
        "loaded_schema_version": str(knowledge.run.schema_version),
        "loaded_pipeline_version": knowledge.run.pipeline_version,
    }


def _write_info(connection: Connection, info: dict[str, str]) -> bool:
    """Make ``schema_info`` hold ``info``; return whether anything differed."""
    table = schema.schema_info
    stored = dict(connection.execute(select(table.c.key, table.c.value)).tuples().all())
    changed = False
    for key, value in info.items():
        if key not in stored:
            connection.execute(insert(table).values(key=key, value=value))
        elif stored[key] != value:
            connection.execute(update(table).where(table.c.key == key).values(value=value))
        else:
            continue
        changed = True
    return changed


def _apply(
    connection: Connection,
    knowledge: KnowledgeSet,
    renames: list[RenamedId],
    desired: dict[str, Rows],
) -> LoadReport:
    """Steps 2 to 5 inside the caller's transaction; the report (load_id None: no change)."""
    lock_for_load(connection)
    migrated = migrate(connection)
    last_load = select(func.coalesce(func.max(schema.loads.c.id), 0))
    load_id = int(connection.execute(last_load).scalar_one()) + 1
    renamed = apply_renames(connection, renames, load_id)
    diffs = diff_all(connection, desired)
    info_changed = _write_info(connection, _info(knowledge))
    counts = {
        "inserted": sum(len(d.inserts) for d in diffs),
        "updated": sum(len(d.updates) for d in diffs),
        "deleted": sum(len(d.deletes) for d in diffs),
        "renamed": renamed,
    }
    if not (migrated or info_changed or any(counts.values())):
        return LoadReport("", None)
    apply_diffs(connection, diffs, desired, load_id)
    connection.execute(
        insert(schema.loads).values(
            id=load_id,
            loaded_at=dt.datetime.now(dt.timezone.utc),
            file=knowledge.path.name,
            sha256=knowledge.sha256,
            schema_version=knowledge.run.schema_version,
            pipeline_version=knowledge.run.pipeline_version,
            **counts,
        )
    )
    return LoadReport(
        "",
        load_id,
        inserted=counts["inserted"],
        updated=counts["updated"],
        deleted=counts["deleted"],
        renamed=counts["renamed"],
        migrations=tuple(m.name for m in migrated),
    )


def load_knowledge_set(path: Path, db: str | None = None) -> LoadReport:
    """Load the knowledge set at ``path`` into the database ``db`` (default: beside it).

    ``db`` is a SQLAlchemy URL (``sqlite:///file.db``, ``postgresql://user@host/name``)
    or a SQLite file path. Idempotent: the database ends up holding exactly this
    knowledge set, and a load that would change nothing writes nothing.

    Raises:
        LoadInputError: the knowledge set or its renamed-ids file cannot be loaded.
        DatabaseUrlError: ``db`` is not a database pressfacts can load into.
        DatabaseTooNewError: the database was migrated by a newer pressfacts.
        sqlalchemy.exc.SQLAlchemyError: the database refused; nothing was changed.
    """
    knowledge = read_knowledge(path)
    renames = read_renamed_ids(path.parent / RENAMED_IDS_FILE)
    desired = desired_rows(knowledge.records)
    url = database_url(path, db)
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            transaction = connection.begin()
            try:
                report = _apply(connection, knowledge, renames, desired)
            except BaseException:
                transaction.rollback()
                raise
            if report.changed:
                transaction.commit()
            else:
                transaction.rollback()
    finally:
        engine.dispose()
    rows = {name: len(table_rows) for name, table_rows in desired.items()}
    return LoadReport(
        shown(url),
        report.load_id,
        report.inserted,
        report.updated,
        report.deleted,
        report.renamed,
        report.migrations,
        rows,
        knowledge.dropped_affiliations,
    )
