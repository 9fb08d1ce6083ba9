"""The database schema: what the migrations build is what the loader writes; plain SQLite."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import insert, inspect

from pressfacts.load import DatabaseTooNewError, load_knowledge_set
from pressfacts.load.database import database_url as url_of
from pressfacts.load.database import make_engine
from pressfacts.load.migrations import MIGRATIONS, migrate
from pressfacts.load.schema import BOOKKEEPING, METADATA, schema_migrations
from pressfacts.load.views import VIEWS

ROOT = Path(__file__).resolve().parents[2]


def test_migrations_are_numbered_one_by_one() -> None:
    assert [m.number for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))


def test_the_migrated_database_has_exactly_the_tables_of_the_schema(database_url: str) -> None:
    engine = make_engine(url_of(Path("."), database_url))
    with engine.begin() as connection:
        applied = migrate(connection)
    assert [m.number for m in applied] == [m.number for m in MIGRATIONS]
    inspector = inspect(engine)
    declared = {
        table.name: {column.name for column in table.columns}
        for table in [*METADATA.sorted_tables, *BOOKKEEPING.sorted_tables]
    }
    built = {name: {c["name"] for c in inspector.get_columns(name)} for name in declared}
    assert built == declared
    assert set(inspector.get_table_names()) == set(declared)
    assert set(inspector.get_view_names()) == {view.name for view in VIEWS}
    for table in METADATA.sorted_tables:
        built_indexes = {i["name"] for i in inspector.get_indexes(table.name)}
        assert {index.name for index in table.indexes} <= built_indexes
        built_keys = {
            (tuple(fk["constrained_columns"]), fk["referred_table"])
            for fk in inspector.get_foreign_keys(table.name)
        }
        declared_keys = {((fk.parent.name,), fk.column.table.name) for fk in table.foreign_keys}
        assert built_keys == declared_keys, table.name
    with engine.begin() as connection:
        assert migrate(connection) == []  # nothing twice
    engine.dispose()


def test_a_database_from_a_newer_pressfacts_is_refused(database_url: str) -> None:
    load_knowledge_set(ROOT / "outputs" / "knowledge.jsonl", database_url)
    engine = make_engine(url_of(Path("."), database_url))
    with engine.begin() as connection:
        connection.execute(
            insert(schema_migrations).values(
                number=len(MIGRATIONS) + 1,
                name="from the future",
                applied_at=dt.datetime(2030, 1, 1, tzinfo=dt.timezone.utc),
            )
        )
    engine.dispose()
    with pytest.raises(DatabaseTooNewError, match="upgrade pressfacts"):
        load_knowledge_set(ROOT / "outputs" / "knowledge.jsonl", database_url)


def test_the_sqlite_file_is_plain_tables_and_views(tmp_path: Path) -> None:
    """What Datasette and sqlite-utils need: the stdlib module reads every table and view."""
    knowledge = tmp_path / "knowledge.jsonl"
    knowledge.write_bytes((ROOT / "outputs" / "knowledge.jsonl").read_bytes())
    load_knowledge_set(knowledge)
    connection = sqlite3.connect(tmp_path / "knowledge.db")
    names = dict(connection.execute("SELECT name, type FROM sqlite_master WHERE sql IS NOT NULL"))
    for view in VIEWS:
        assert names[view.name] == "view"
        assert connection.execute(f"SELECT COUNT(*) FROM {view.name}").fetchone()[0] > 0
    for table in METADATA.sorted_tables:
        assert names[table.name] == "table"
    connection.close()


def test_foreign_keys_are_enforced_at_commit(database_url: str) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    engine = make_engine(url_of(Path("."), database_url))
    with pytest.raises(IntegrityError), engine.begin() as connection:
        migrate(connection)
        connection.execute(
            text(
                "INSERT INTO quotes (id, speaker_id, text, first_load, changed_load) "
                "VALUES ('quote:x', 'person:nobody', 'x', 1, 1)"
            )
        )  # deferred: accepted here, refused at the commit
    engine.dispose()
