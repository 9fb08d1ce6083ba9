"""Applying ``renamed-ids.jsonl``: a record whose id changed keeps its row and history.

A newer run may give a record a new id (a quote whose canonical text grew, two entities
merged under one name). Before the rows are compared, every stored row of the old id is
given the new id in place — the record's own row, every child row and every reference to
it (foreign keys, ``mentions.record_id``) — so it is then updated, not deleted and
re-inserted, and keeps its ``first_load`` (and any row an analyst's own tables hold
against it, when they reference it ``ON UPDATE CASCADE``).

A rename applies only when the old id is stored and the new one is not; so loading the
same files twice renames once, and chains (a -> b, then b -> c) collapse to a -> c.
"""

from __future__ import annotations

from sqlalchemy import Column, Connection, Table, bindparam, select, update

from pressfacts.load import schema
from pressfacts.load.knowledge import RenamedId, record_kind_of_id


def id_columns(table: Table) -> list[Column[object]]:
    """Every column holding ids of the records of ``table``: its key and all references."""
    target = table.c.id
    columns: list[Column[object]] = [target]
    for other in schema.METADATA.sorted_tables:
        columns += [fk.parent for fk in other.foreign_keys if fk.column is target]
    if table is not schema.documents:
        columns.append(schema.mentions.c.record_id)
    return columns


def _applicable(
    connection: Connection, renames: list[RenamedId]
) -> dict[str, list[tuple[str, str]]]:
    """The renames to apply, per record kind: (stored id, final id), chains collapsed."""
    by_kind: dict[str, list[RenamedId]] = {}
    for rename in renames:
        if rename.old != rename.new:
            by_kind.setdefault(record_kind_of_id(rename.old), []).append(rename)
    applicable: dict[str, list[tuple[str, str]]] = {}
    for kind, kind_renames in by_kind.items():
        table = schema.RECORD_TABLES[kind]
        names = {r.old for r in kind_renames} | {r.new for r in kind_renames}
        stored = set(
            connection.execute(select(table.c.id).where(table.c.id.in_(sorted(names)))).scalars()
        )
        origin: dict[str, str] = {}  # current id -> the stored id it started as
        for rename in kind_renames:
            if rename.old in stored and rename.new not in stored:
                stored.discard(rename.old)
                stored.add(rename.new)
                origin[rename.new] = origin.pop(rename.old, rename.old)
        applicable[kind] = [(old, new) for new, old in origin.items() if old != new]
    return applicable


def apply_renames(connection: Connection, renames: list[RenamedId], load_id: int) -> int:
    """Rename stored records in place (bulk, per id column); return how many were renamed."""
    count = 0
    for kind, pairs in _applicable(connection, renames).items():
        if not pairs:
            continue
        table = schema.RECORD_TABLES[kind]
        params = [{"k_old": old, "k_new": new} for old, new in pairs]
        for column in id_columns(table):
            statement = (
                update(column.table)
                .where(column == bindparam("k_old"))
                .values({column.name: bindparam("k_new")})
            )
            connection.execute(statement, params)
        connection.execute(
            update(table).where(table.c.id == bindparam("k_id")).values(changed_load=load_id),
            [{"k_id": new} for _, new in pairs],
        )
        count += len(pairs)
    return count
