"""The three analyst questions, as the README gives them, on the seeds' database.

Each ``queries/NAME.sql`` runs as written on SQLite and on PostgreSQL over the loaded
``outputs/knowledge.jsonl``; ``queries/NAME.expected.json`` holds rows written by hand
from reading the seed texts (never derived from the output), projected on the columns
it names, and whether the result must be ``exactly`` those rows or ``includes`` them
(rows may be added as extraction improves; these must stay).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from pressfacts.load import load_knowledge_set

ROOT = Path(__file__).resolve().parents[2]
QUERIES = Path(__file__).resolve().parent / "queries"
NAMES = sorted(path.stem for path in QUERIES.glob("*.sql"))


def _plain(value: object) -> object:
    """One form for both databases: dates as ISO text, numbers as float."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return value


def test_there_are_three_questions() -> None:
    assert NAMES == ["quotes_by_person", "ranks_in_forces", "statistics_for_area"]


@pytest.mark.parametrize("name", NAMES)
def test_analyst_query_returns_the_expected_rows(
    name: str, database_url: str, open_database: Callable
) -> None:
    load_knowledge_set(ROOT / "outputs" / "knowledge.jsonl", database_url)
    expected = json.loads((QUERIES / f"{name}.expected.json").read_text(encoding="utf-8"))
    rows = open_database(database_url).query((QUERIES / f"{name}.sql").read_text())
    got = {tuple(_plain(row[column]) for column in expected["columns"]) for row in rows}
    want = {tuple(_plain(value) for value in row) for row in expected["rows"]}
    if expected["match"] == "exactly":
        assert got == want
    else:
        assert want <= got, sorted(want - got, key=repr)
