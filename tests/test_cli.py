"""The ``pressfacts`` command end to end: exit codes, messages, errors that lose nothing."""

from __future__ import annotations

import errno
import io
import json
import os
import stat
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


# --- output folder: checked before any work, locked, umask mode, no stale temp files ---


@pytest.fixture
def no_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Building the pipeline fails the test: the check must come before any work."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the pipeline was built before --out was checked")

    monkeypatch.setattr("pressfacts.nlp.build_nlp", refuse)


@pytest.mark.parametrize(
    ("layout", "message"),
    [
        ("file", "is a file, not a folder"),
        ("under-file", "lies under a file"),
        ("read-only", "is not writable"),
    ],
)
def test_unusable_out_is_a_usage_error_before_any_work(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    no_pipeline: None,
    layout: str,
    message: str,
) -> None:
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "plain").write_text("x")
    out = {"file": "plain", "under-file": "plain/sub/dir", "read-only": "ro"}[layout]
    if layout == "read-only":
        monkeypatch.setattr("os.access", lambda *args, **kwargs: False)
    status = main(["run", str(tmp_path / "a.txt"), "--out", str(tmp_path / out)])
    assert status == 2
    error = capsys.readouterr().err
    assert error.startswith("pressfacts run: error: --out ") and message in error
    assert error.count("\n") == 1


def test_a_second_run_into_the_same_out_fails_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_pipeline: None
) -> None:
    import fcntl

    (tmp_path / "a.txt").write_text(GOOD)
    out = tmp_path / "out"
    out.mkdir()
    with (out / ".knowledge.lock").open("w") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        assert main(["run", str(tmp_path / "a.txt"), "--out", str(out)]) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith(f"pressfacts run: error: another run is writing to {out}")
    assert "\n" not in error


def test_the_file_gets_the_umask_mode_and_stale_temp_files_go(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD)
    out = tmp_path / "out"
    out.mkdir()
    (out / ".knowledge-killed.tmp").write_text("half a run")
    previous = os.umask(0o027)
    try:
        assert main(["run", str(tmp_path / "a.txt"), "--out", str(out), "-q"]) == 0
    finally:
        os.umask(previous)
    for name in ("knowledge.jsonl", "partials.jsonl"):
        assert stat.S_IMODE((out / name).stat().st_mode) == 0o640, name
    assert sorted(p.name for p in out.iterdir()) == [
        ".knowledge.lock",
        "knowledge.jsonl",
        "partials.jsonl",
    ]


def test_line_separators_are_escaped_in_the_output(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Kent Police made 12 arrests.\u2028Then 3 more.\u2029End\u0085."
    )
    assert main(["run", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "-q"]) == 0
    raw = (tmp_path / "out" / "knowledge.jsonl").read_text(encoding="utf-8")
    assert not {"\u2028", "\u2029", "\u0085"} & set(raw)
    lines = raw.splitlines()  # splits on those characters too: none is left raw
    [document] = [json.loads(line) for line in lines if '"kind":"document"' in line]
    assert "\u2028" in document["text"] and "\u0085" in document["text"]


# --- the command line: -q/-v, the summary, stdin, eval ---


def test_the_summary_names_failed_inputs_ten_then_a_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "good.txt").write_text(GOOD)
    for index in range(12):
        (tmp_path / f"empty{index:02}.txt").write_bytes(b"")
    assert main(["run", str(tmp_path), "--out", str(tmp_path / ".out")]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines[0].startswith("pressfacts: 13 documents (12 errors), ")
    assert lines[1] == f"  failed: {tmp_path / 'empty00.txt'}: empty file"
    assert len(lines) == 12 and lines[-1] == "  … and 2 more failed inputs"


def test_quiet_prints_nothing_and_verbose_a_line_per_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.md").write_text(f"---\ntitle: A: B\n---\n{GOOD} Again.")
    out = str(tmp_path / ".out")
    assert main(["run", str(tmp_path), "--out", out, "-q"]) == 0
    assert capsys.readouterr().err == ""
    assert main(["run", str(tmp_path), "--out", out, "-v"]) == 0
    lines = capsys.readouterr().err.splitlines()
    assert lines[0] == f"{tmp_path / 'a.txt'}: ok"
    assert lines[1].startswith(f"{tmp_path / 'b.md'}: ok; warning: header is not valid YAML")


def test_dash_reads_json_lines_from_stdin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = json.dumps({"text": GOOD}) + "\n\n" + json.dumps({"title": "no text"}) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    assert main(["run", "-", "--out", str(tmp_path / "out"), "-q"]) == 1
    documents = {
        r["sources"][0]: r["status"] for r in lines(tmp_path / "out") if r["kind"] == "document"
    }
    assert documents == {"-:1": "ok", "-:3": "error"}


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(GOOD + "\nSecond paragraph.\n", {"-": "ok"}, id="plain-text"),
        pytest.param(f"---\ntitle: T\n---\n{GOOD}\n", {"-": "ok"}, id="text-with-header"),
        pytest.param("  \n" + json.dumps({"text": GOOD}) + "\n", {"-:2": "ok"}, id="json-lines"),
        pytest.param("\ufeff" + json.dumps({"text": GOOD}), {"-:1": "ok"}, id="json-lines-bom"),
        pytest.param("", {"-": "error"}, id="empty"),
    ],
)
def test_dash_reads_one_text_unless_stdin_opens_a_json_object(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: str, expected: dict[str, str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    main(["run", "-", "--out", str(tmp_path / "out"), "-q"])
    documents = {
        r["sources"][0]: r["status"] for r in lines(tmp_path / "out") if r["kind"] == "document"
    }
    assert documents == expected


def test_eval_fails_when_a_gold_file_matches_no_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(GOOD)
    (tmp_path / "gold").mkdir()
    for name in ("a", "zz_missing"):
        gold = {"source": f"{name}.txt", "entities": [], "quotes": [], "statistics": []}
        (tmp_path / "gold" / f"{name}.json").write_text(json.dumps(gold))
    assert main(["eval", "--gold", str(tmp_path / "gold"), str(tmp_path / "in")]) == 1
    error = capsys.readouterr().err.strip()
    assert error == "pressfacts eval: error: 1 of 2 gold files match no document: zz_missing.txt"


def test_a_failed_write_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("pressfacts.knowledge.store.write_knowledge_set", full)
    (tmp_path / "a.txt").write_text(GOOD)
    assert main(["run", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out")]) == 2
    error = capsys.readouterr().err.strip()
    assert error == (
        f"pressfacts run: error: cannot write {tmp_path / 'out' / 'knowledge.jsonl'}: "
        "No space left on device"
    )


def test_every_command_of_the_parser_has_a_handler() -> None:
    from pressfacts.cli import HANDLERS

    subparsers = next(a for a in build_parser()._actions if a.dest == "command")
    assert set(subparsers.choices) == set(HANDLERS)  # type: ignore[attr-defined]


def test_a_reader_that_leaves_early_ends_the_command_quietly() -> None:
    """``pressfacts schema | head -1`` when ``head`` has gone: no traceback, SIGPIPE's status."""
    from pressfacts.cli import EXIT_BROKEN_PIPE

    child = subprocess.Popen(
        [sys.executable, "-m", "pressfacts.cli", "schema"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()  # the reader leaves before the first line is written
    error = child.stderr.read().decode()
    assert child.wait(timeout=60) == EXIT_BROKEN_PIPE
    assert "Traceback" not in error
