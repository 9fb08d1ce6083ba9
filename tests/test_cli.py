"""The ``pressfacts`` command end to end: exit codes, messages, errors that lose nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pressfacts.cli import build_parser, main

GOOD = "Chief Constable Nadia Shah of Essex Police said: “We will not stop.”"


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in (path / "knowledge.jsonl").read_text().splitlines()]


def test_run_writes_the_knowledge_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(GOOD)
    status = main(["run", str(tmp_path / "in"), "--out", str(tmp_path / "out")])
    assert status == 0
    records = lines(tmp_path / "out")
    assert records[0] == {
        "kind": "run",
        "schema_version": 2,
        "pipeline_version": records[0]["pipeline_version"],
        "documents": 1,
        "errors": 0,
    }
    assert any(r["kind"] == "entity" and r["id"] == "person:nadia-shah" for r in records)
    summary = capsys.readouterr().err.strip().splitlines()[-1]
    assert summary.startswith("pressfacts: 1 documents (0 errors), ")


def test_bad_files_are_recorded_and_the_batch_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_good.txt").write_text(GOOD)
    (folder / "b_empty.txt").write_bytes(b"")
    (folder / "c_binary.txt").write_bytes(b"\x00\x01\x02\xff")
    (folder / "d_cp1252.txt").write_bytes(
        "Supt Jo Park of Kent Police said: “Thanks – café.”".encode("cp1252")
    )
    status = main(["run", str(folder), "--out", str(tmp_path / "out"), "--quiet"])
    assert status == 1
    documents = {
        Path(r["sources"][0]).name: r for r in lines(tmp_path / "out") if r["kind"] == "document"
    }
    assert documents["b_empty.txt"]["error"] == "empty file"
    assert documents["c_binary.txt"]["error"] == "binary file (contains NUL bytes)"
    assert documents["d_cp1252.txt"]["status"] == "ok"
    assert "café" in documents["d_cp1252.txt"]["text"]
    assert documents["a_good.txt"]["status"] == "ok"


def test_no_inputs_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty").mkdir()
    status = main(["run", str(tmp_path / "empty"), "--out", str(tmp_path / "out")])
    assert status == 2
    assert capsys.readouterr().err.strip() == "pressfacts run: error: no input files found"
    assert not (tmp_path / "out").exists()


def test_missing_arguments_exit_with_status_2() -> None:
    with pytest.raises(SystemExit) as raised:
        main(["run", "seeds"])
    assert raised.value.code == 2


def test_schema_prints_the_json_schema_of_every_record_kind(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    kinds = {
        definition["properties"]["kind"]["const"]
        for definition in schema["$defs"].values()
        if "kind" in definition.get("properties", {})
    }
    assert kinds == {"run", "document", "entity", "quote", "statistic"}


def test_every_command_has_help_with_an_example() -> None:
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    for name, command in subparsers.choices.items():  # type: ignore[attr-defined]
        assert command.description, name
        assert command.epilog and command.epilog.startswith("example: pressfacts " + name), name


def test_console_script_runs_as_a_module(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pressfacts.cli", "--help"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert "run" in result.stdout and "schema" in result.stdout


def test_eval_scores_a_knowledge_set_against_gold(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(GOOD)
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "a.json").write_text(
        json.dumps(
            {
                "source": "a.txt",
                "entities": [
                    {"type": "PERSON", "name": "Nadia Shah", "titles": ["Chief Constable"]},
                    {"type": "FORCE", "name": "Essex Police"},
                ],
                "quotes": [{"speaker": "Nadia Shah", "text": "We will not stop."}],
                "statistics": [],
            }
        )
    )
    assert main(["eval", "--gold", str(tmp_path / "gold"), str(tmp_path / "in"), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["entities"]["f1"] == 1.0
    assert figures["quotes"]["f1"] == 1.0
    assert figures["attribution"] == 1.0


def test_eval_reports_a_malformed_gold_file_by_name_and_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "a.json").write_text(
        '{"source": "a.txt", "entities": [{"type": "PERSON"}]}'
    )
    (tmp_path / "k.jsonl").write_text("")
    assert main(["eval", "--gold", str(tmp_path / "gold"), str(tmp_path / "k.jsonl")]) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith("pressfacts eval: error: a.json: entities.0.name: ")


def test_eval_with_a_missing_gold_folder_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["eval", "--gold", str(tmp_path / "nope"), str(tmp_path)]) == 2
    assert (
        capsys.readouterr().err.strip()
        == f"pressfacts eval: error: --gold {tmp_path / 'nope'} does not exist"
    )


@pytest.mark.parametrize(
    ("count", "terminal", "bar"), [(2, True, False), (8, True, True), (8, False, False)]
)
def test_progress_bar_only_for_larger_batches_on_a_terminal(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    count: int,
    terminal: bool,
    bar: bool,
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for index in range(count):
        (folder / f"{index}.txt").write_text(f"Kent Police made {index + 10} arrests.")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: terminal)
    assert main(["run", str(folder), "--out", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err
    # one step per input and a last one for the merge and the write: the bar ends there
    assert (f"{count + 1}/{count + 1}" in err) is bar
    assert ("\r" in err) is bar


def test_eval_reports_a_malformed_knowledge_set_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "k.jsonl").write_text('{"kind": "run"}\n')
    assert main(["eval", "--gold", str(tmp_path / "gold"), str(tmp_path / "k.jsonl")]) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith("pressfacts eval: error: k.jsonl:1: ")
    assert "\n" not in error
