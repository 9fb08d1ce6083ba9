"""Which database, and a connection to it that behaves the same on SQLite and PostgreSQL.

``--db`` takes a SQLAlchemy URL (``sqlite:///path``, ``postgresql://user@host/db``) or
a plain file path (a SQLite file); by default the database is ``knowledge.db`` beside
the knowledge set. ``postgresql://`` means the psycopg 3 driver (the ``postgres``
extra), not SQLAlchemy's default psycopg2.

SQLite needs two settings for a load to be one transaction with its foreign keys
checked: Python's sqlite3 module opens transactions lazily and commits around DDL, so
the connection is put in autocommit mode and the engine issues ``BEGIN IMMEDIATE``
itself (SQLAlchemy's documented recipe), which also makes a second concurrent load wait
for the first; and ``PRAGMA foreign_keys=ON`` on every connection. PostgreSQL needs
neither; there a transaction-scoped advisory lock serialises concurrent loads.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event, make_url

DEFAULT_DATABASE = "knowledge.db"
LOAD_LOCK_KEY = 0x70726573  # "pres": the advisory lock a PostgreSQL load holds


class DatabaseUrlError(ValueError):
    """``--db`` names no database pressfacts can load into; the message is one line."""


def database_url(knowledge: Path, db: str | None) -> URL:
    """The URL to load ``knowledge`` into: ``db`` (URL or SQLite path) or the default file."""
    if db is None:
        return URL.create("sqlite", database=str(knowledge.parent / DEFAULT_DATABASE))
    if "://" not in db:
        return URL.create("sqlite", database=db)
    try:
        url = make_url(db)
    except Exception as error:  # sqlalchemy.exc.ArgumentError, ValueError
        raise DatabaseUrlError(f"--db {db!r} is not a database URL") from error
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise DatabaseUrlError(
            f"--db {url.get_backend_name()}: only sqlite:// and postgresql:// are supported"
        )
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    return url


def _sqlite_connect(dbapi_connection: Any, connection_record: Any) -> None:
    dbapi_connection.isolation_level = None  # we say BEGIN ourselves
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: URL) -> Engine:
    """An engine for ``url`` with the settings above.

    Raises:
        DatabaseUrlError: the driver for ``url`` is not installed.
    """
    try:
        engine = create_engine(url)
    except ModuleNotFoundError as error:
        raise DatabaseUrlError(
            f"no driver for {url.drivername} ({error.name} is not installed): "
            "pip install 'pressfacts[postgres]' and use postgresql://"
        ) from error
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def lock_for_load(connection: Connection) -> None:
    """Make a concurrent load of the same database wait until this one commits."""
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({LOAD_LOCK_KEY})")
    # SQLite: BEGIN IMMEDIATE already holds the write lock


def shown(url: URL) -> str:
    """The URL as printed: without its password."""
    return url.render_as_string(hide_password=True)
