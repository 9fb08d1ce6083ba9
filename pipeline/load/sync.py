"""Making the tables hold exactly the desired rows, touching only the rows that differ.

For each table the rows in the database are read once (keys and values), compared with
the desired rows in memory, and the difference is written with three bulk statements
(``executemany``): deletes, updates, inserts. A row that is already right is never
written, so a second load of the same file writes nothing at all. The work is linear in
the rows: one pass over each side, hash look-ups between them.

Vanished records are deleted, not marked: the database mirrors one knowledge set (a
pure function of its corpus), so a record the newer run no longer produces is no fact
any more, and a "deleted" flag every analyst query must remember to filter would be a
trap. What a record was is kept in the knowledge files themselves; what the database
keeps is each record's ``first_load`` and ``changed_load`` and the ``loads`` log, and a
renamed record (``renamed-ids.jsonl``) keeps its row and its ``first_load``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, bindparam, delete, insert, select, update

from pressfacts.load.rows import SPECS, Key, Rows, TableSpec


@dataclass
class TableDiff:
    """What must change in one table."""

    spec: TableSpec
    inserts: list[tuple[Key, tuple[object, ...]]] = field(default_factory=list)
    updates: list[tuple[Key, tuple[object, ...]]] = field(default_factory=list)
    deletes: list[Key] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.inserts or self.updates or self.deletes)


def diff_table(connection: Connection, spec: TableSpec, desired: Rows) -> TableDiff:
    """Compare the rows of one table with ``desired``: one read, no writes."""
    table, width = spec.table, len(spec.key)
    columns = [table.c[name] for name in (*spec.key, *spec.values)]
    stored: Rows = {
        tuple(row[:width]): tuple(row[width:]) for row in connection.execute(select(*columns))
    }
    result = TableDiff(spec)
    for key, values in desired.items():
        old = stored.get(key)
        if old is None:
            result.inserts.append((key, values))
        elif old != values:  # 1747 == 1747.0; dates come back as dates
            result.updates.append((key, values))
    result.deletes = [key for key in stored if key not in desired]
    return result


def diff_all(connection: Connection, desired: dict[str, Rows]) -> list[TableDiff]:
    """The difference of every data table (parents first, as ``SPECS``)."""
    return [diff_table(connection, spec, desired[spec.table.name]) for spec in SPECS]


def _key_clause(spec: TableSpec) -> ColumnElement[bool]:
    """``key = :k_key`` for each key column: the WHERE of a bulk update or delete."""
    return and_(*(spec.table.c[name] == bindparam(f"k_{name}") for name in spec.key))


def _key_params(spec: TableSpec, key: Key) -> dict[str, object]:
    return {f"k_{name}": value for name, value in zip(spec.key, key, strict=True)}


def changed_records(diffs: list[TableDiff]) -> set[str]:
    """Ids of the records a child-table change touches (their ``changed_load`` moves)."""
    touched: set[str] = set()
    for diff in diffs:
        if diff.spec.is_record:
            continue
        for key, _ in (*diff.inserts, *diff.updates):
            touched.add(str(key[0]))
        touched.update(str(key[0]) for key in diff.deletes)
    return touched


def apply_diffs(
    connection: Connection, diffs: list[TableDiff], desired: dict[str, Rows], load_id: int
) -> None:
    """Write every difference with bulk statements: deletes (children first), updates, inserts.

    Record tables get ``first_load``/``changed_load`` = ``load_id`` on insert and
    ``changed_load`` on update; a record whose child rows changed gets ``changed_load`` too.
    """
    for diff in reversed(diffs):
        if diff.deletes:
            connection.execute(
                delete(diff.spec.table).where(_key_clause(diff.spec)),
                [_key_params(diff.spec, key) for key in diff.deletes],
            )
    touched = changed_records(diffs)
    for diff in diffs:
        spec = diff.spec
        history = {"changed_load": load_id} if spec.is_record else {}
        if diff.updates:
            assignments: dict[str, Any] = {
                name: bindparam(name) for name in (*spec.values, *history)
            }
            connection.execute(
                update(spec.table).where(_key_clause(spec)).values(assignments),
                [
                    {**_key_params(spec, key), **_named(spec.values, values), **history}
                    for key, values in diff.updates
                ],
            )
        if diff.inserts:
            extra = {"first_load": load_id, **history} if spec.is_record else {}
            connection.execute(
                insert(spec.table),
                [
                    {**_named(spec.key, key), **_named(spec.values, values), **extra}
                    for key, values in diff.inserts
                ],
            )
        if spec.is_record:
            _touch(connection, diff, desired[spec.table.name], touched, load_id)


def _named(names: tuple[str, ...], values: tuple[object, ...]) -> dict[str, object]:
    return dict(zip(names, values, strict=True))


def _touch(
    connection: Connection, diff: TableDiff, rows: Rows, touched: set[str], load_id: int
) -> None:
    """Move ``changed_load`` of the stored records of this table whose child rows changed."""
    written = {key[0] for key, _ in (*diff.inserts, *diff.updates)}
    ids = sorted(i for i in touched if (i,) in rows and i not in written)
    if ids:
        table = diff.spec.table
        connection.execute(
            update(table).where(table.c.id == bindparam("k_id")).values(changed_load=load_id),
            [{"k_id": record_id} for record_id in ids],
        )
