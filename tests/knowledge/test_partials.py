"""``partials.jsonl``: written with every knowledge set, read back exactly, or refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from pressfacts.knowledge.build import build_knowledge_parts
from pressfacts.knowledge.partials import (
    PARTIALS_FILE,
    PartialsError,
    read_stored_set,
    side_files,
    write_partials_ahead,
)
from pressfacts.knowledge.store import write_knowledge_set
from pressfacts.reader.read import SourceDocument, read_inputs

ROOT = Path(__file__).resolve().parents[2]
SHARED_DEVSET = Path("/work/shared/devset/texts")


def _write(parts, out: Path, overrides: dict[str, str] | None = None) -> Path:  # type: ignore[no-untyped-def]
    records = parts.records()
    files, _ = side_files(parts, records, overrides)
    return write_knowledge_set(records, out, files)


@pytest.fixture(scope="module")
def written(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The knowledge set of the seeds, both devsets, a long document (processed in parts),
    a reprint and inputs in error, with its partials."""
    folders = [ROOT / "seeds", ROOT / "tests" / "devset" / "texts"]
    folders += [SHARED_DEVSET] if SHARED_DEVSET.is_dir() else []
    sources = list(read_inputs([str(folder) for folder in folders]))
    long_text = "\n\n".join(source.text for source in sources)
    while len(long_text) <= 100_000:
        long_text += "\n\n" + long_text
    extra = [
        SourceDocument(source="copy.txt", text=sources[0].text),
        SourceDocument(source="broken.pdf", error="cannot read: made-up failure"),
        SourceDocument(source="long.txt", text=long_text),  # over LONG_DOCUMENT_CHARS: in parts
    ]
    parts = build_knowledge_parts([*sources, *extra], nlp, max_chars=1_000_000)
    return _write(parts, tmp_path_factory.mktemp("set"))


def test_read_back_parts_write_the_same_bytes(written: Path, tmp_path: Path) -> None:
    stored = read_stored_set(written.parent)
    assert stored is not None
    again = _write(stored.parts, tmp_path)
    assert again.read_bytes() == written.read_bytes()
    assert (tmp_path / PARTIALS_FILE).read_bytes() == (written.parent / PARTIALS_FILE).read_bytes()


@pytest.mark.parametrize(
    "overrides",
    [None, {"statistics.enabled": "true", "zz.note": "0" * 64}],
    ids=["no overrides", "an override holding a run of zeros"],
)
def test_partials_written_ahead_are_the_same_bytes(
    written: Path, tmp_path: Path, overrides: dict[str, str] | None
) -> None:
    stored = read_stored_set(written.parent)
    assert stored is not None
    records = stored.parts.records()
    (tmp_path / "now").mkdir()
    (tmp_path / "ahead").mkdir()
    files, _ = side_files(stored.parts, records, overrides)
    write_knowledge_set(records, tmp_path / "now", files)
    ahead = write_partials_ahead(stored.parts, tmp_path / "ahead", overrides)
    files, _ = side_files(stored.parts, records, overrides, ahead=ahead)
    write_knowledge_set(records, tmp_path / "ahead", files)
    for name in (PARTIALS_FILE, "knowledge.jsonl"):
        assert (tmp_path / "ahead" / name).read_bytes() == (tmp_path / "now" / name).read_bytes()
    # the file written ahead is renamed into place: no temporary file is left
    assert sorted(path.name for path in (tmp_path / "ahead").iterdir()) == [
        "knowledge.jsonl",
        PARTIALS_FILE,
    ]


def test_partials_keep_the_parts_of_a_split_quote(written: Path) -> None:
    """A quote split by its attribution (the devset has some) keeps, per part after the
    first, that it follows the one before: the merge reads it back to join copies."""
    lines = (written.parent / PARTIALS_FILE).read_text().splitlines()[1:]
    quotes = [quote for line in lines for quote in json.loads(line)["quotes"]]
    assert any(quote.get("follows") is True for quote in quotes)
    assert all(quote.get("follows", True) is True for quote in quotes)  # left out when False


def test_partials_do_not_hold_the_texts_again(written: Path) -> None:
    partials = (written.parent / PARTIALS_FILE).stat().st_size
    texts = sum(
        len(json.loads(line).get("text", "").encode()) for line in written.read_text().splitlines()
    )
    print(f"partials {partials:,} bytes, knowledge set {written.stat().st_size:,}, texts {texts:,}")
    assert partials < written.stat().st_size - texts


def test_a_folder_with_no_set_reads_as_none(tmp_path: Path) -> None:
    assert read_stored_set(tmp_path) is None


def _edit_header(folder: Path, **changes: object) -> None:
    path = folder / PARTIALS_FILE
    lines = path.read_text().splitlines()
    lines[0] = json.dumps({**json.loads(lines[0]), **changes})
    path.write_text("\n".join(lines) + "\n")


def _break_line(folder: Path) -> None:
    path = folder / PARTIALS_FILE
    lines = path.read_text().splitlines()
    line = json.loads(lines[1])
    line["statistics"] = [{"mention": [0, 1]}]
    lines[1] = json.dumps(line)
    path.write_text("\n".join(lines) + "\n")


def _drop_line(folder: Path) -> None:
    path = folder / PARTIALS_FILE
    lines = path.read_text().splitlines()
    path.write_text("\n".join(lines[:1] + lines[2:]) + "\n")


def _edit_knowledge(folder: Path) -> None:
    with (folder / "knowledge.jsonl").open("a") as handle:
        handle.write("\n")


UNMERGEABLE = [
    # (what is wrong, how to make it so, the one-line reason)
    ("no partials", lambda f: (f / PARTIALS_FILE).unlink(), "has no partials.jsonl beside it"),
    ("no knowledge set", lambda f: (f / "knowledge.jsonl").unlink(), "has no knowledge.jsonl"),
    ("another format version", lambda f: _edit_header(f, version=99), "is format version 99"),
    ("another file", lambda f: _edit_header(f, format="other"), "not a pressfacts partials"),
    (
        "another pipeline",
        lambda f: _edit_header(f, pipeline_version="0.0.1"),
        "made by pressfacts 0.0.1",
    ),
    (
        "other config",
        lambda f: _edit_header(f, overrides={"x": "y"}),
        "made with config {'x': 'y'}",
    ),
    ("an edited set", _edit_knowledge, "does not belong to the knowledge.jsonl"),
    ("a broken line", _break_line, "partials.jsonl:2: missing field 'finding'"),
    ("a missing line", _drop_line, "missing)"),
    ("not JSON", lambda f: (f / PARTIALS_FILE).write_text("{\n"), "partials.jsonl:1: not JSON"),
    (
        "a bad renamed-ids file",
        lambda f: (f / "renamed-ids.jsonl").write_text('{"old": "quote:1"}\n'),
        'renamed-ids.jsonl:1: not {"old": id, "new": id}',
    ),
]


@pytest.mark.parametrize(("case", "spoil", "reason"), UNMERGEABLE)
def test_an_unmergeable_folder_is_refused_in_one_line(
    nlp: Language,
    tmp_path: Path,
    case: str,
    spoil,
    reason: str,  # type: ignore[no-untyped-def]
) -> None:
    text = "Officers in Cornwall made 214 arrests for drink-driving in December 2025."
    _write(build_knowledge_parts([SourceDocument(source="a.txt", text=text)], nlp), tmp_path)
    spoil(tmp_path)
    with pytest.raises(PartialsError) as raised:
        read_stored_set(tmp_path)
    message = str(raised.value)
    assert reason in message, case
    assert "\n" not in message


def test_the_command_refuses_in_one_line_and_changes_nothing(
    nlp: Language, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pressfacts.cli import main

    (tmp_path / "a.txt").write_text("Officers made 12 arrests in Truro in March 2025.\n")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "knowledge.jsonl").write_text('{"kind":"run"}\n')
    assert main(["run", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "--merge"]) == 2
    error = capsys.readouterr().err
    assert error == (
        f"pressfacts run: error: --merge: {tmp_path / 'out' / 'knowledge.jsonl'} has no "
        "partials.jsonl beside it (written before --merge existed?): run without --merge "
        "over all inputs once\n"
    )
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        ".knowledge.lock",
        "knowledge.jsonl",
    ]
