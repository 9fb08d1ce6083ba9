"""Schema migrations: numbered functions applied in order, each recorded in the database.

The equivalent of Alembic chosen here, and why: a database of pressfacts is created and
upgraded by ``pressfacts load`` on a user's machine, never by a developer at a prompt,
so the migrations must run by themselves, inside the load's own transaction (a failed
upgrade leaves the previous database whole, as a failed load does). Alembic's script
folder, ``env.py`` and ``alembic.ini`` would have to ship inside the package and be
driven through its API for that; what remains of it that we need is this loop.

The rules:
- ``MIGRATIONS`` is append-only. A migration is a function of an open connection
  (SQLAlchemy Core; ``op``-style helpers from Alembic's ``Operations`` may be used inside
  one later, without Alembic's runner). Never edit one that has shipped.
- Each applied migration is a row of ``schema_migrations`` (number, name, time), and
  ``schema_info`` holds ``migration`` (the last number) and ``schema_version`` (the
  knowledge-set contract version the tables hold).
- A database whose last migration is newer than this pressfacts knows is refused.
- The next contract version: change the tables in :mod:`pressfacts.load.schema`, add
  migration 2 that takes a revision-1 database there (``ALTER TABLE``, drop and recreate
  the views), freeze migration 1 as the revision-1 DDL it creates today, and raise
  ``DATABASE_SCHEMA_VERSION``. ``tests/load`` checks that a database built by the
  migrations has exactly the tables and columns of ``schema.METADATA``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, insert, select

from pressfacts.load.schema import BOOKKEEPING, METADATA, schema_migrations
from pressfacts.load.views import VIEWS, create_view_sql

DATABASE_SCHEMA_VERSION = 2
"""The knowledge-set contract version that the newest migration's tables hold."""


class DatabaseTooNewError(RuntimeError):
    """The database was migrated by a newer pressfacts than this one."""


@dataclass(frozen=True)
class Migration:
    """One step of the schema: its number (1, 2, …), a one-line name and what it does."""

    number: int
    name: str
    apply: Callable[[Connection], None]


def _create_revision_1(connection: Connection) -> None:
    """Tables, indexes and views for contract version 2 (which also holds version 1)."""
    METADATA.create_all(connection)
    for view in VIEWS:
        connection.exec_driver_sql(create_view_sql(view))


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1, "records of contract version 2: tables, lists, mentions, views", _create_revision_1
    ),
)


def migrate(connection: Connection) -> list[Migration]:
    """Bring the database to the newest revision; return the migrations applied.

    Creates the bookkeeping tables when missing, then applies, in order, every migration
    not yet recorded. Runs in the caller's transaction.

    Raises:
        DatabaseTooNewError: the database holds a migration this pressfacts does not know.
    """
    BOOKKEEPING.create_all(connection, checkfirst=True)
    applied = set(connection.execute(select(schema_migrations.c.number)).scalars())
    known = {migration.number for migration in MIGRATIONS}
    unknown = sorted(applied - known)
    if unknown:
        raise DatabaseTooNewError(
            f"the database has migration {unknown[-1]}, newer than this pressfacts "
            f"(which knows 1 to {max(known)}): upgrade pressfacts"
        )
    done = []
    for migration in MIGRATIONS:
        if migration.number in applied:
            continue
        migration.apply(connection)
        connection.execute(
            insert(schema_migrations).values(
                number=migration.number,
                name=migration.name,
                applied_at=dt.datetime.now(dt.timezone.utc),
            )
        )
        done.append(migration)
    return done


def newest_migration() -> int:
    """The number of the last migration this pressfacts knows."""
    return MIGRATIONS[-1].number
