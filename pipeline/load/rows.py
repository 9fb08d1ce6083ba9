"""Records to rows: what each table should hold for one knowledge set.

Every table is described by a :class:`TableSpec` (its key columns, its value columns
and, for a child table, the record table whose ``changed_load`` a change here bumps).
:func:`desired_rows` turns the records into ``{table name: {key: values}}``, the form
:mod:`pressfacts.load.sync` compares with what the database holds.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from sqlalchemy import Table

from pressfacts.load import schema
from pressfacts.load.knowledge import DataRecord
from pressfacts.models.records import (
    DocumentRecord,
    EntityRecord,
    Mention,
    QuoteRecord,
    StatisticRecord,
)

Key = tuple[object, ...]
Values = tuple[object, ...]
Rows = dict[Key, Values]


@dataclass(frozen=True)
class TableSpec:
    """How one table is compared: by ``key`` columns, on ``values`` columns."""

    table: Table
    key: tuple[str, ...]
    values: tuple[str, ...]
    is_record: bool = False
    """A record table (documents, entities, quotes, statistics): has history columns."""


def _spec(table: Table, key: tuple[str, ...], *, is_record: bool = False) -> TableSpec:
    skip = {*key, "first_load", "changed_load"}
    values = tuple(column.name for column in table.columns if column.name not in skip)
    return TableSpec(table, key, values, is_record)


_ID, _CHILD = ("id",), ("position",)
SPECS: tuple[TableSpec, ...] = (
    _spec(schema.documents, _ID, is_record=True),
    _spec(schema.document_sources, ("document_id", *_CHILD)),
    _spec(schema.document_sentences, ("document_id", *_CHILD)),
    _spec(schema.document_warnings, ("document_id", *_CHILD)),
    _spec(schema.entities, _ID, is_record=True),
    _spec(schema.entity_aliases, ("entity_id", *_CHILD)),
    _spec(schema.entity_titles, ("entity_id", *_CHILD)),
    _spec(schema.entity_roles, ("entity_id", *_CHILD)),
    _spec(schema.entity_affiliations, ("entity_id", *_CHILD)),
    _spec(schema.quotes, _ID, is_record=True),
    _spec(schema.statistics, _ID, is_record=True),
    _spec(schema.mentions, ("record_id", *_CHILD)),
)
"""Every data table, parents before their children (the order rows are inserted in)."""


def site_of(url: str | None) -> str | None:
    """The outlet of a url: its host name without ``www.`` (``lancashire.police.uk``)."""
    if not url:
        return None
    host = urlsplit(url).hostname
    if not host:
        return None
    return host.removeprefix("www.")


class _Collector:
    """Accumulates the rows of every table, values in the column order of its spec."""

    def __init__(self) -> None:
        self.rows: dict[str, Rows] = {spec.table.name: {} for spec in SPECS}
        self._columns = {spec.table.name: spec.values for spec in SPECS}

    def add(self, table: Table, key: Key, **values: object) -> None:
        """One row; ``values`` by column name (every value column, checked)."""
        columns = self._columns[table.name]
        if set(values) != set(columns):
            raise ValueError(f"{table.name}: columns {sorted(values)} != {sorted(columns)}")
        self.rows[table.name][key] = tuple(values[name] for name in columns)

    def add_list(self, table: Table, parent: str, items: Iterable[Values]) -> None:
        """The rows of a list field: keyed by the parent's id and the item's position."""
        rows = self.rows[table.name]
        for position, item in enumerate(items):
            rows[(parent, position)] = item

    def add_mentions(self, kind: str, record_id: str, mentions: list[Mention]) -> None:
        self.add_list(
            schema.mentions,
            record_id,
            ((kind, m.doc, m.start, m.end, m.text) for m in mentions),
        )


def _document(out: _Collector, record: DocumentRecord) -> None:
    out.add(
        schema.documents,
        (record.id,),
        title=record.title,
        url=record.url,
        site=site_of(record.url),
        published=record.published,
        status=record.status,
        error=record.error,
        text=record.text,
    )
    out.add_list(schema.document_sources, record.id, ((source,) for source in record.sources))
    out.add_list(schema.document_sentences, record.id, record.sentences)
    out.add_list(schema.document_warnings, record.id, ((w,) for w in record.warnings))


def _entity(out: _Collector, record: EntityRecord) -> None:
    out.add(schema.entities, (record.id,), type=record.type, name=record.name)
    out.add_list(schema.entity_aliases, record.id, ((alias,) for alias in record.aliases))
    out.add_list(schema.entity_titles, record.id, ((title,) for title in record.titles))
    roles = ((role.title, role.organisation, role.area) for role in record.roles)
    out.add_list(schema.entity_roles, record.id, roles)
    out.add_list(schema.entity_affiliations, record.id, ((a,) for a in record.affiliations))
    out.add_mentions("entity", record.id, record.mentions)


def _quote(out: _Collector, record: QuoteRecord) -> None:
    out.add(
        schema.quotes,
        (record.id,),
        speaker_id=record.speaker,
        text=record.text,
        attribution=record.attribution,
    )
    out.add_mentions("quote", record.id, record.mentions)


def _statistic(out: _Collector, record: StatisticRecord) -> None:
    period, check = record.period, record.check
    out.add(
        schema.statistics,
        (record.id,),
        value=record.value,
        unit=record.unit,
        qualifier=record.qualifier,
        change=record.change,
        measure=record.measure,
        area=record.area,
        per=record.per,
        period_start=period.start if period else None,
        period_end=period.end if period else None,
        period_text=period.text if period else None,
        check_from=check.from_value if check else None,
        check_to=check.to_value if check else None,
        check_computed=check.computed if check else None,
        check_stated=check.stated if check else None,
        check_agrees=check.agrees if check else None,
    )
    out.add_mentions("statistic", record.id, record.mentions)


def desired_rows(records: Iterable[DataRecord]) -> dict[str, Rows]:
    """The rows of every data table for ``records``: ``{table name: {key: values}}``.

    Values are in the order of the table's spec (``SPECS``).
    """
    out = _Collector()
    for record in records:
        if isinstance(record, DocumentRecord):
            _document(out, record)
        elif isinstance(record, EntityRecord):
            _entity(out, record)
        elif isinstance(record, QuoteRecord):
            _quote(out, record)
        else:
            _statistic(out, record)
    return out.rows
