"""``pressfacts load`` from the command line: where the database goes, exit codes, messages."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from pressfacts.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "outputs" / "knowledge.jsonl"


def copy_of_seeds(folder: Path) -> Path:
    target = folder / "knowledge.jsonl"
    target.write_bytes(SEEDS.read_bytes())
    return target


def last_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    return err[0]


def test_load_writes_knowledge_db_beside_the_file_then_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    knowledge = copy_of_seeds(tmp_path)
    assert main(["load", str(knowledge)]) == 0
    assert (tmp_path / "knowledge.db").is_file()
    assert " inserted, 0 updated, 0 deleted, 0 renamed (load 1) -> sqlite:///" in last_line(capsys)
    assert main(["load", str(knowledge)]) == 0
    assert "all already loaded: nothing changed" in last_line(capsys)


def test_db_takes_a_url_of_either_database(
    tmp_path: Path, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["load", str(SEEDS), "--db", database_url]) == 0
    assert "(load 1)" in last_line(capsys)
    assert main(["load", str(SEEDS), "--db", database_url]) == 0
    assert "nothing changed" in last_line(capsys)


def test_db_takes_a_plain_sqlite_path(tmp_path: Path) -> None:
    assert main(["load", str(SEEDS), "--db", str(tmp_path / "facts.sqlite")]) == 0
    assert (tmp_path / "facts.sqlite").is_file()


def test_an_unknown_schema_version_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    knowledge = tmp_path / "knowledge.jsonl"
    lines = SEEDS.read_text(encoding="utf-8").splitlines()
    run = json.loads(lines[0])
    run["schema_version"] = 99
    knowledge.write_text("\n".join([json.dumps(run), *lines[1:]]) + "\n", encoding="utf-8")
    assert main(["load", str(knowledge)]) == 2
    assert last_line(capsys) == (
        "pressfacts load: error: knowledge.jsonl: schema_version 99 is not supported "
        "(pressfacts load reads 1, 2)"
    )
    assert not (tmp_path / "knowledge.db").exists()


@pytest.mark.parametrize(
    ("db", "status", "message"),
    [
        pytest.param(
            "mysql://me@host/facts",
            2,
            "pressfacts load: error: --db mysql: only sqlite:// and postgresql:// are supported",
            id="unsupported-database",
        ),
        pytest.param(
            "postgresql+psycopg2://me@host/facts",
            2,
            "pressfacts load: error: no driver for postgresql+psycopg2 (psycopg2 is not "
            "installed): pip install 'pressfacts[postgres]' and use postgresql://",
            id="driver-not-installed",
            marks=pytest.mark.skipif(
                importlib.util.find_spec("psycopg2") is not None, reason="psycopg2 is installed"
            ),
        ),
        pytest.param(
            "sqlite:////nonexistent-folder/x/facts.db",
            1,
            "pressfacts load: error: the database refused the load, nothing was changed: "
            "unable to open database file",
            id="unreachable-database",
        ),
    ],
)
def test_database_problems_are_one_line(
    db: str, status: int, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["load", str(SEEDS), "--db", db]) == status
    assert last_line(capsys) == message


def test_a_missing_file_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["load", str(tmp_path / "none.jsonl")]) == 2
    assert last_line(capsys).endswith("none.jsonl: No such file or directory")


def test_help_does_not_import_sqlalchemy() -> None:
    code = (
        "import sys\n"
        "from pressfacts.cli import build_parser\n"
        "build_parser()\n"
        "print('sqlalchemy' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False"


def test_the_readme_load_command_example_runs(
    tmp_path: Path, open_database: Callable, capsys: pytest.CaptureFixture[str]
) -> None:
    knowledge = copy_of_seeds(tmp_path)
    assert main(["load", str(knowledge), "--db", f"sqlite:///{tmp_path / 'seeds.db'}"]) == 0
    db = open_database(f"sqlite:///{tmp_path / 'seeds.db'}")
    assert db.scalar("SELECT COUNT(*) FROM quote_outlets") > 0
