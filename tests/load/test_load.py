"""``pressfacts load``: everything in, nothing twice, versions 1 and 2, renames, refusals.

Every test runs on SQLite and on a real PostgreSQL (``new_database`` in conftest.py).
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest

from pressfacts.load import LoadInputError, load_knowledge_set

ROOT = Path(__file__).resolve().parents[2]
SEED_KNOWLEDGE = ROOT / "outputs" / "knowledge.jsonl"


def test_seeds_every_record_and_mention_is_in_the_database(
    database_url: str, open_database: Callable, records_of: Callable, expected_counts: Callable
) -> None:
    report = load_knowledge_set(SEED_KNOWLEDGE, database_url)
    db = open_database(database_url)
    assert db.counts() == expected_counts(SEED_KNOWLEDGE)
    assert report.inserted == sum(expected_counts(SEED_KNOWLEDGE).values())
    assert db.records() == records_of(SEED_KNOWLEDGE)


def test_a_second_load_changes_no_row(database_url: str, open_database: Callable) -> None:
    load_knowledge_set(SEED_KNOWLEDGE, database_url)
    db = open_database(database_url)
    before = db.dump()
    versions = db.row_versions() if database_url.startswith("postgresql") else None
    file_hash = None
    if database_url.startswith("sqlite"):
        file_hash = hashlib.sha256(Path(database_url[10:]).read_bytes()).hexdigest()
    report = load_knowledge_set(SEED_KNOWLEDGE, database_url)
    assert not report.changed
    assert (report.inserted, report.updated, report.deleted) == (0, 0, 0)
    assert db.dump() == before
    if versions is not None:  # PostgreSQL: not one row was rewritten, even with equal values
        assert db.row_versions() == versions
    if file_hash is not None:  # SQLite: the file is byte for byte the same
        assert hashlib.sha256(Path(database_url[10:]).read_bytes()).hexdigest() == file_hash


def test_version_1_then_version_2_into_the_same_database(
    tmp_path: Path,
    database_url: str,
    open_database: Callable,
    small_corpus: Callable,
    write: Callable,
    records_of: Callable,
    expected_counts: Callable,
) -> None:
    v1 = write(tmp_path / "v1" / "knowledge.jsonl", small_corpus(1))
    v2 = write(tmp_path / "v2" / "knowledge.jsonl", small_corpus(2))
    first = load_knowledge_set(v1, database_url)
    db = open_database(database_url)
    assert db.records() == records_of(v1)
    assert db.counts() == {**expected_counts(v1), "entity_roles": 1}  # a role per v1 title

    second = load_knowledge_set(v2, database_url)
    assert db.records() == records_of(v2)
    assert db.counts() == expected_counts(v2)
    assert (first.load_id, second.load_id) == (1, 2)
    assert second.deleted == 2  # the phones statistic and its mention
    info = {row["key"]: row["value"] for row in db.query("SELECT * FROM schema_info")}
    assert info["loaded_schema_version"] == "2"
    assert info["schema_version"] == "2"
    assert db.history("stat:3333333333333333", "statistics") == (1, 2)  # updated
    assert db.history("stat:4444444444444444", "statistics") == (2, 2)  # new
    assert db.history("quote:1111111111111111", "quotes") == (1, 1)  # untouched
    assert db.history("person:mara-quill", "entities") == (1, 2)  # its role changed
    assert db.history("doc:aaaaaaaaaaaaaaaa", "documents") == (1, 2)  # a warning
    assert db.scalar("SELECT COUNT(*) FROM statistics WHERE id = 'stat:2222222222222222'") == 0
    assert not load_knowledge_set(v2, database_url).changed


def test_renamed_ids_keep_their_history(
    tmp_path: Path,
    database_url: str,
    open_database: Callable,
    small_corpus: Callable,
    write: Callable,
    records_of: Callable,
) -> None:
    load_knowledge_set(write(tmp_path / "run1" / "knowledge.jsonl", small_corpus(2)), database_url)
    renamed = small_corpus(2)
    quote = next(line for line in renamed if line["kind"] == "quote")
    quote["id"] = "quote:9999999999999999"  # the merge gave the quote a new id
    force = next(line for line in renamed if line.get("id") == "force:wessex-police")
    force["id"] = "force:wessex-constabulary"  # and the force its official name
    force["name"] = "Wessex Constabulary"
    for line in renamed:
        if line.get("affiliations"):
            line["affiliations"] = ["force:wessex-constabulary"]
        for role in line.get("roles", []):  # type: ignore[attr-defined]
            role["organisation"] = "force:wessex-constabulary"
    knowledge = write(tmp_path / "run2" / "knowledge.jsonl", renamed)
    (tmp_path / "run2" / "renamed-ids.jsonl").write_text(
        '{"old": "quote:1111111111111111", "new": "quote:9999999999999999"}\n'
        '{"old": "force:wessex-police", "new": "force:wessex-constabulary"}\n'
    )
    report = load_knowledge_set(knowledge, database_url)
    db = open_database(database_url)
    assert report.renamed == 2
    assert (report.inserted, report.deleted) == (0, 0)  # renamed in place, not replaced
    assert db.records() == records_of(knowledge)
    assert db.history("quote:9999999999999999", "quotes") == (1, 2)
    assert db.history("force:wessex-constabulary", "entities") == (1, 2)
    assert not load_knowledge_set(knowledge, database_url).changed  # renames apply once


def test_a_newer_knowledge_set_removes_vanished_records(
    tmp_path: Path,
    database_url: str,
    open_database: Callable,
    small_corpus: Callable,
    write: Callable,
    records_of: Callable,
    expected_counts: Callable,
) -> None:
    load_knowledge_set(SEED_KNOWLEDGE, database_url)
    small = write(tmp_path / "knowledge.jsonl", small_corpus(2))
    load_knowledge_set(small, database_url)
    db = open_database(database_url)
    assert db.counts() == expected_counts(small)
    assert db.records() == records_of(small)


def test_a_failure_mid_load_leaves_the_previous_state(
    tmp_path: Path,
    database_url: str,
    open_database: Callable,
    monkeypatch: pytest.MonkeyPatch,
    small_corpus: Callable,
    write: Callable,
) -> None:
    from pressfacts.load import loader

    load_knowledge_set(write(tmp_path / "v1" / "knowledge.jsonl", small_corpus(1)), database_url)
    db = open_database(database_url)
    before = db.dump()
    written = loader.apply_diffs

    def write_then_fail(*args: object) -> None:
        written(*args)  # type: ignore[arg-type]
        raise RuntimeError("the power went out")

    monkeypatch.setattr(loader, "apply_diffs", write_then_fail)
    with pytest.raises(RuntimeError, match="power"):
        load_knowledge_set(SEED_KNOWLEDGE, database_url)
    assert db.dump() == before


def test_a_version_1_affiliation_naming_no_record_is_dropped(
    tmp_path: Path,
    database_url: str,
    open_database: Callable,
    small_corpus: Callable,
    write: Callable,
) -> None:
    lines = small_corpus(1)
    person = next(line for line in lines if line.get("id") == "person:mara-quill")
    person["affiliations"] = ["force:wessex-police", "force:nowhere-police"]
    report = load_knowledge_set(write(tmp_path / "knowledge.jsonl", lines), database_url)
    assert report.dropped_affiliations == 1
    db = open_database(database_url)
    assert db.query("SELECT organisation_id FROM entity_affiliations") == [
        {"organisation_id": "force:wessex-police"}
    ]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        pytest.param(
            lambda lines: lines[0].update(schema_version=3),
            "knowledge.jsonl: schema_version 3 is not supported (pressfacts load reads 1, 2)",
            id="unknown-schema-version",
        ),
        pytest.param(
            lambda lines: lines.pop(0),
            "knowledge.jsonl: the first line is not a run record",
            id="no-run-record",
        ),
        pytest.param(
            lambda lines: lines[4]["mentions"][0].update(start=1),
            "knowledge.jsonl: force:wessex-police: mention 'Wessex Police' is not "
            "doc:aaaaaaaaaaaaaaaa[1:43]",
            id="offsets-not-sacred",
        ),
        pytest.param(
            lambda lines: lines[7].update(speaker="person:nobody"),
            "knowledge.jsonl: quote:1111111111111111: speaker person:nobody is not an entity "
            "record",
            id="dangling-speaker",
        ),
        pytest.param(
            lambda lines: lines[8].pop("unit"),
            "knowledge.jsonl:9: statistic.unit: Field required",
            id="invalid-record",
        ),
    ],
)
def test_a_file_that_cannot_be_loaded_is_refused_in_one_line(
    tmp_path: Path, change: Callable, message: str, small_corpus: Callable, write: Callable
) -> None:
    lines = copy.deepcopy(small_corpus(2))
    change(lines)
    path = write(tmp_path / "knowledge.jsonl", lines)
    with pytest.raises(LoadInputError) as error:
        load_knowledge_set(path)
    assert str(error.value) == message
    assert not (tmp_path / "knowledge.db").exists()  # refused before the database is opened


def test_a_bad_renamed_ids_file_is_refused(
    tmp_path: Path, small_corpus: Callable, write: Callable
) -> None:
    path = write(tmp_path / "knowledge.jsonl", small_corpus(2))
    (tmp_path / "renamed-ids.jsonl").write_text('{"old": "quote:1", "new": "stat:1"}\n')
    with pytest.raises(LoadInputError, match=r"renamed-ids.jsonl:1: .* changes the kind"):
        load_knowledge_set(path)
