"""Databases for the load tests: SQLite files, and a real throwaway PostgreSQL server.

The PostgreSQL cluster is made once per test session with the server binaries of this
machine (Debian's ``postgresql`` package: ``tools/ensure_postgresql.sh`` installs it),
in a temporary folder, listening on a Unix socket in that folder only (no TCP port),
and stopped and removed afterwards. ``initdb`` refuses to run as root, so as root the
cluster is run by the ``postgres`` system user. Each test gets a database of its own.

Without the binaries the PostgreSQL tests skip, saying why; when the environment
variable ``CI`` is set they fail instead: CI must test PostgreSQL, not skip it.
"""

from __future__ import annotations

import glob
import json
import os
import pwd
import shlex
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from pressfacts.knowledge.store import read_knowledge_set
from pressfacts.models.records import RunRecord

DATABASES = ("sqlite", "postgresql")

# A small corpus of our own, as version 1 and then version 2 of the contract would
# write it: same documents, the newer run pairs titles with organisations (roles),
# records a document warning, changes one statistic, drops one, adds one and adds an
# organisation.
TEXT_A = (
    "Chief Inspector Mara Quill of Wessex Police said: “We seized 40 phones.” "
    "Reports rose by 12% in 2021."
)
TEXT_B = "The Home Office thanked Wessex Police. Officers made 9 arrests in 2022."


def _mention(doc: str, text: str, words: str) -> dict[str, object]:
    start = text.index(words)
    return {"doc": doc, "start": start, "end": start + len(words), "text": words}


def corpus(version: int) -> list[dict[str, object]]:
    """The knowledge set of the small corpus as version ``version`` writes it."""
    a, b = "doc:aaaaaaaaaaaaaaaa", "doc:bbbbbbbbbbbbbbbb"
    documents: list[dict[str, object]] = [
        {"kind": "document", "id": a, "sources": ["in/a.txt"], "title": "Phones seized",
         "url": "https://www.wessex.police.example/news/a", "published": "2022-03-04",
         "text": TEXT_A, "sentences": [[0, 72], [73, len(TEXT_A)]], "status": "ok",
         "error": None},
        {"kind": "document", "id": b, "sources": ["in/b.txt", "copy/b.txt"], "title": None,
         "url": None, "published": None, "text": TEXT_B, "sentences": [[0, len(TEXT_B)]],
         "status": "ok", "error": None},
        {"kind": "document", "id": "doc:cccccccccccccccc", "sources": ["in/c.pdf"],
         "title": None, "url": None, "published": None, "text": "", "sentences": [],
         "status": "error", "error": "not a PDF"},
    ]  # fmt: skip
    person = {
        "kind": "entity", "id": "person:mara-quill", "type": "PERSON", "name": "Mara Quill",
        "aliases": ["CI Quill"], "titles": ["Chief Inspector"],
        "affiliations": ["force:wessex-police"],
        "mentions": [_mention(a, TEXT_A, "Mara Quill")],
    }  # fmt: skip
    force = {
        "kind": "entity", "id": "force:wessex-police", "type": "FORCE", "name": "Wessex Police",
        "aliases": [], "titles": [], "affiliations": [],
        "mentions": [_mention(a, TEXT_A, "Wessex Police"), _mention(b, TEXT_B, "Wessex Police")],
    }  # fmt: skip
    quote = {
        "kind": "quote", "id": "quote:1111111111111111", "speaker": "person:mara-quill",
        "text": "We seized 40 phones.", "attribution": "said",
        "mentions": [_mention(a, TEXT_A, "We seized 40 phones.")],
    }  # fmt: skip
    phones = {
        "kind": "statistic", "id": "stat:2222222222222222", "value": 40, "unit": "phones",
        "qualifier": None, "change": None, "measure": "phones seized", "area": "Wessex",
        "per": None, "period": None, "check": None, "mentions": [_mention(a, TEXT_A, "40")],
    }  # fmt: skip
    rise = {
        "kind": "statistic", "id": "stat:3333333333333333", "value": 12, "unit": "percent",
        "qualifier": None, "change": "increase", "measure": "reports", "area": "Wessex",
        "per": None, "period": {"start": "2021-01-01", "end": "2021-12-31", "text": "in 2021"},
        "check": None, "mentions": [_mention(a, TEXT_A, "12%")],
    }  # fmt: skip
    run = {"kind": "run", "schema_version": version, "pipeline_version": f"0.{version}.0",
           "documents": 3, "errors": 1}  # fmt: skip
    if version == 1:
        return [run, *documents, force, person, quote, phones, rise]
    documents[0]["warnings"] = ["header is not valid YAML: read as text"]
    person["roles"] = [
        {"title": "Chief Inspector", "organisation": "force:wessex-police", "area": None}
    ]
    home_office = {
        "kind": "entity", "id": "org:home-office", "type": "ORG", "name": "Home Office",
        "aliases": [], "titles": [], "affiliations": [], "roles": [],
        "mentions": [_mention(b, TEXT_B, "Home Office")],
    }  # fmt: skip
    rise["measure"] = "reports of online grooming"
    rise["check"] = {"from_value": 100, "to_value": 112, "computed": 12.0, "stated": 12.0,
                     "agrees": True}  # fmt: skip
    arrests = {
        "kind": "statistic", "id": "stat:4444444444444444", "value": 9, "unit": "arrests",
        "qualifier": None, "change": None, "measure": None, "area": "Wessex", "per": None,
        "period": {"start": "2022-01-01", "end": "2022-12-31", "text": "in 2022"},
        "check": None, "mentions": [_mention(b, TEXT_B, "9")],
    }  # fmt: skip
    return [run, *documents, force, home_office, person, quote, rise, arrests]


def write_lines(path: Path, lines: list[dict[str, object]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def _records_of(path: Path) -> list[object]:
    """The data records of a file, sorted by id (as the database gives them back)."""
    records = [r for r in read_knowledge_set(path) if not isinstance(r, RunRecord)]
    return sorted(records, key=lambda r: r.id)  # type: ignore[union-attr]


def _expected_counts(path: Path) -> dict[str, int]:
    """Rows each table must hold, counted from the file's JSON (not through the loader)."""
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    kinds: dict[str, list[dict]] = {}
    for line in lines:
        kinds.setdefault(line["kind"], []).append(line)

    def total(kind: str, field: str) -> int:
        return sum(len(r.get(field) or []) for r in kinds.get(kind, []))

    return {
        "documents": len(kinds.get("document", [])),
        "document_sources": total("document", "sources"),
        "document_sentences": total("document", "sentences"),
        "document_warnings": total("document", "warnings"),
        "entities": len(kinds.get("entity", [])),
        "entity_aliases": total("entity", "aliases"),
        "entity_titles": total("entity", "titles"),
        "entity_roles": total("entity", "roles"),
        "entity_affiliations": total("entity", "affiliations"),
        "quotes": len(kinds.get("quote", [])),
        "statistics": len(kinds.get("statistic", [])),
        "mentions": sum(total(kind, "mentions") for kind in ("entity", "quote", "statistic")),
    }


@pytest.fixture
def records_of() -> Callable[[Path], list[object]]:
    """The data records of a knowledge-set file, sorted by id."""
    return _records_of


@pytest.fixture
def expected_counts() -> Callable[[Path], dict[str, int]]:
    """Rows each table must hold for a knowledge-set file, counted from its JSON."""
    return _expected_counts


@pytest.fixture
def small_corpus() -> Callable[[int], list[dict[str, object]]]:
    """The small corpus's knowledge set as contract version 1 or 2 writes it: JSON lines."""
    return corpus


@pytest.fixture
def write() -> Callable[[Path, list[dict[str, object]]], Path]:
    """Writes JSON lines to a file (folders made); returns its path."""
    return write_lines


def _server_bindir() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl``: newest Debian version, else PATH."""
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: (
            int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0
        ),
    )
    if candidates:
        return Path(candidates[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL is required in CI: {reason}", pytrace=False)
    pytest.skip(f"no PostgreSQL server: {reason} (run tools/ensure_postgresql.sh)")


class ThrowawayCluster:
    """A PostgreSQL cluster in a temporary folder, reached over a Unix socket there."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        # a RAM-backed folder when there is one: creating tables there is ~7x faster
        shm = Path("/dev/shm")
        parent = shm if shm.is_dir() and os.access(shm, os.W_OK) else None
        self.folder = Path(tempfile.mkdtemp(prefix="pressfacts-pg-", dir=parent))
        self.data = self.folder / "data"
        self.as_root = os.geteuid() == 0
        if self.as_root:
            user = pwd.getpwnam("postgres")  # KeyError: no postgres user
            os.chown(self.folder, user.pw_uid, user.pw_gid)

    def _run(self, *command: str) -> subprocess.CompletedProcess[str]:
        argv = [str(self.bindir / command[0]), *command[1:]]
        if self.as_root:
            argv = ["su", "postgres", "-s", "/bin/sh", "-c", shlex.join(argv)]
        return subprocess.run(  # cwd: a folder the postgres user may enter
            argv, capture_output=True, text=True, check=False, timeout=120, cwd=self.folder
        )

    def start(self) -> None:
        """initdb, then pg_ctl start; raises RuntimeError with the server's own words."""
        steps = (
            ("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
             "--locale=C", "--no-sync"),
            ("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "server.log"), "-w",
             "-o", f"-k {self.folder} -c listen_addresses='' -F", "start"),
        )  # fmt: skip
        for step in steps:
            result = self._run(*step)
            if result.returncode != 0:
                log = self.folder / "server.log"
                detail = log.read_text()[-500:] if log.exists() else ""
                raise RuntimeError(f"{step[0]} failed: {result.stderr.strip()} {detail}".strip())

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)

    def create_database(self) -> str:
        """A new empty database; its URL.

        A schema of one shared database, made the connection's ``search_path`` through the
        URL: as empty as a new database to the loader, and made in a millisecond where
        ``CREATE DATABASE`` copies a template on disk.
        """
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(host=str(self.folder), user="postgres", autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {name}")
        return f"postgresql://postgres@/postgres?host={self.folder}&options=-csearch_path%3D{name}"


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[ThrowawayCluster]:
    """The session's PostgreSQL server (skips without one, unless CI is set)."""
    bindir = _server_bindir()
    if bindir is None:
        _unavailable("initdb not found in /usr/lib/postgresql/*/bin or on PATH")
    assert bindir is not None
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable("the psycopg driver is not installed (pip install -e '.[test]')")
    try:
        cluster = ThrowawayCluster(bindir)
    except KeyError:
        _unavailable("running as root and there is no 'postgres' system user")
    try:
        cluster.start()
    except (RuntimeError, OSError, subprocess.TimeoutExpired) as error:
        cluster.stop()
        _unavailable(f"the server did not start: {error}")
    yield cluster
    cluster.stop()


@pytest.fixture(params=DATABASES)
def new_database(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[], str]:
    """A maker of empty databases of one kind (each test runs once per kind): URLs."""
    if request.param == "sqlite":
        counter = iter(range(1000))
        return lambda: f"sqlite:///{tmp_path / f'db{next(counter)}.sqlite'}"
    cluster = request.getfixturevalue("postgres_cluster")
    return cluster.create_database  # type: ignore[no-any-return]


@pytest.fixture
def database_url(new_database: Callable[[], str]) -> str:
    """One empty database of each kind."""
    return new_database()


class Database:
    """Read access to a loaded database, for assertions: counts, rows, records back."""

    def __init__(self, url: str) -> None:
        from pressfacts.load.database import database_url, make_engine

        self.url = url
        self.engine = make_engine(database_url(Path("."), url))

    def scalar(self, sql: str) -> object:
        from sqlalchemy import text

        with self.engine.connect() as connection:
            return connection.execute(text(sql)).scalar()

    def query(self, sql: str) -> list[dict[str, object]]:
        """Rows of ``sql`` as dicts (column name -> value)."""
        from sqlalchemy import text

        with self.engine.connect() as connection:
            return [dict(row._mapping) for row in connection.execute(text(sql))]

    def counts(self) -> dict[str, int]:
        """Rows per data table."""
        from pressfacts.load.schema import METADATA

        return {name: int(self.scalar(f"SELECT COUNT(*) FROM {name}")) for name in METADATA.tables}  # type: ignore[arg-type]

    def dump(self) -> dict[str, list[tuple[object, ...]]]:
        """Every row of every table (bookkeeping too), sorted: equal dumps, equal databases."""
        from sqlalchemy import select

        from pressfacts.load.schema import BOOKKEEPING, METADATA

        tables = [*METADATA.sorted_tables, *BOOKKEEPING.sorted_tables]
        with self.engine.connect() as connection:
            return {
                t.name: sorted((tuple(r) for r in connection.execute(select(t))), key=repr)
                for t in tables
            }

    def row_versions(self) -> dict[str, list[str]]:
        """PostgreSQL: the xmin of every row; a row written again gets a new one."""
        from pressfacts.load.schema import BOOKKEEPING, METADATA

        names = [*METADATA.tables, *BOOKKEEPING.tables]
        return {
            name: sorted(str(r["x"]) for r in self.query(f"SELECT xmin::text AS x FROM {name}"))
            for name in names
        }

    def history(self, record_id: str, table: str) -> tuple[int, int]:
        """(first_load, changed_load) of a record."""
        rows = self.query(f"SELECT first_load, changed_load FROM {table} WHERE id = '{record_id}'")
        return int(rows[0]["first_load"]), int(rows[0]["changed_load"])  # type: ignore[call-overload]

    def records(self) -> list[object]:
        """The records rebuilt from the tables, sorted by id: must equal the file's."""
        return _records_from(self)

    def close(self) -> None:
        self.engine.dispose()


def _grouped(db: Database, table: str, parent: str, columns: str) -> dict[str, list[tuple]]:
    grouped: dict[str, list[tuple]] = {}
    rows = db.query(f"SELECT {parent} AS p, {columns} FROM {table} ORDER BY {parent}, position")
    for row in rows:
        values = list(row.values())
        grouped.setdefault(str(values[0]), []).append(tuple(values[1:]))
    return grouped


def _date(value: object) -> object:
    return value.isoformat() if hasattr(value, "isoformat") else value


def _records_from(db: Database) -> list[object]:
    from pressfacts.models.records import RECORD_ADAPTER

    def plain(group: dict[str, list[tuple]], key: str) -> list[object]:
        return [values[0] for values in group.get(key, [])]

    sources = _grouped(db, "document_sources", "document_id", "source")
    sentences = _grouped(db, "document_sentences", "document_id", "start_char, end_char")
    warnings = _grouped(db, "document_warnings", "document_id", "warning")
    aliases = _grouped(db, "entity_aliases", "entity_id", "alias")
    titles = _grouped(db, "entity_titles", "entity_id", "title")
    roles = _grouped(db, "entity_roles", "entity_id", "title, organisation_id, area")
    affiliations = _grouped(db, "entity_affiliations", "entity_id", "organisation_id")
    mentions = _grouped(db, "mentions", "record_id", "document_id, start_char, end_char, text")

    def mentions_of(key: str) -> list[dict[str, object]]:
        return [{"doc": d, "start": s, "end": e, "text": t} for d, s, e, t in mentions.get(key, [])]

    lines: list[dict[str, object]] = []
    for row in db.query("SELECT * FROM documents"):
        key = str(row["id"])
        lines.append(
            {"kind": "document", "id": key, "sources": plain(sources, key), "title": row["title"],
             "url": row["url"], "published": _date(row["published"]), "text": row["text"],
             "sentences": [list(s) for s in sentences.get(key, [])], "status": row["status"],
             "warnings": plain(warnings, key), "error": row["error"]}
        )  # fmt: skip
    for row in db.query("SELECT * FROM entities"):
        key = str(row["id"])
        lines.append(
            {"kind": "entity", "id": key, "type": row["type"], "name": row["name"],
             "aliases": plain(aliases, key), "titles": plain(titles, key),
             "affiliations": plain(affiliations, key),
             "roles": [{"title": t, "organisation": o, "area": a}
                       for t, o, a in roles.get(key, [])],
             "mentions": mentions_of(key)}
        )  # fmt: skip
    for row in db.query("SELECT * FROM quotes"):
        key = str(row["id"])
        lines.append(
            {"kind": "quote", "id": key, "speaker": row["speaker_id"], "text": row["text"],
             "attribution": row["attribution"], "mentions": mentions_of(key)}
        )  # fmt: skip
    for row in db.query("SELECT * FROM statistics"):
        key = str(row["id"])
        period = (
            {"start": _date(row["period_start"]), "end": _date(row["period_end"]),
             "text": row["period_text"]} if row["period_start"] is not None else None
        )  # fmt: skip
        check = (
            {"from_value": row["check_from"], "to_value": row["check_to"],
             "computed": row["check_computed"], "stated": row["check_stated"],
             "agrees": bool(row["check_agrees"])} if row["check_from"] is not None else None
        )  # fmt: skip
        lines.append(
            {"kind": "statistic", "id": key, "value": row["value"], "unit": row["unit"],
             "qualifier": row["qualifier"], "change": row["change"], "measure": row["measure"],
             "area": row["area"], "per": row["per"], "period": period, "check": check,
             "mentions": mentions_of(key)}
        )  # fmt: skip
    records = [RECORD_ADAPTER.validate_python(line) for line in lines]
    return sorted(records, key=lambda r: r.id)  # type: ignore[union-attr]


@pytest.fixture
def open_database() -> Iterator[Callable[[str], Database]]:
    """Opens loaded databases for assertions (closed after the test)."""
    opened: list[Database] = []

    def opener(url: str) -> Database:
        opened.append(Database(url))
        return opened[-1]

    yield opener
    for db in opened:
        db.close()
