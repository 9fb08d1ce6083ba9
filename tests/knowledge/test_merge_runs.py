"""``pressfacts run NEW --out DIR --merge``: new releases join the knowledge set in DIR.

Texts are our own invention (a made-up force and people). Every run goes through the
command line, with the session's pipeline standing in for a freshly built one.
"""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from spacy.language import Language

from pressfacts.cli import main

TEXTS = {
    "harbour": (
        "A man from Bodmin has been charged with burglary after a break-in at a harbour "
        "office.\n\nDetective Inspector Trelawny, who led the inquiry, thanked residents "
        "for their help.\n"
    ),
    "patrols": (
        "Officers stepped up patrols in Falmouth on Friday night.\n\n"
        'Chief Superintendent Orla Penhallow said: "We will not tolerate violence on the '
        'streets of our towns."\n\nOfficers in Cornwall made 214 arrests for drink-driving.\n'
    ),
    "winter": (
        "The winter campaign against drink-driving has ended.\n\n"
        'Chief Superintendent Orla Penhallow said: "We will not tolerate violence on the '
        "streets of our towns. Anyone who carries a blade will face the full force of the "
        'law, and we will keep patrolling every night."\n\nOfficers in Cornwall made 214 '
        "arrests for drink-driving between 1 December 2025 and 31 December 2025.\n"
    ),
    "raids": (
        "Detective Inspector Jago Trelawny led a week of raids in Truro.\n\n"
        "Nine people were arrested and 3 kilograms of cannabis were seized.\n"
    ),
    "appeal": (
        "The Lantern Trust has opened a helpline for families of people in custody.\n\n"
        'Its director, Morwenna Hale, said: "No family should face this alone, and our '
        'volunteers answer every call."\n'
    ),
}


@pytest.fixture(autouse=True)
def session_pipeline(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI builds its pipeline with build_nlp: hand it the session's (same config)."""
    monkeypatch.setattr("pressfacts.nlp.build_nlp", lambda overrides=None: nlp)


@pytest.fixture
def inputs(tmp_path: Path) -> dict[str, str]:
    """Each text in a file of its own, and a copy of 'patrols' under another name."""
    folder = tmp_path / "in"
    folder.mkdir()
    paths = {}
    for name, text in {**TEXTS, "patrols-copy": TEXTS["patrols"]}.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        paths[name] = str(folder / f"{name}.txt")
    return paths


def run(paths: list[str], out: Path, *flags: str) -> int:
    return main(["run", *paths, "--out", str(out), "--quiet", *flags])


def files(out: Path) -> dict[str, bytes]:
    """Every file in ``out`` but the lock, by name."""
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.name != ".knowledge.lock"}


def records(out: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in (out / "knowledge.jsonl").read_text().splitlines()]


def renames(out: Path) -> list[dict[str, str]]:
    path = out / "renamed-ids.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


SPLITS = [
    # (first run, then --merge) ; an empty first run: --merge into a folder with no set
    (["harbour", "patrols"], ["winter", "raids", "appeal"]),
    (["patrols"], ["harbour", "winter", "raids", "appeal", "patrols-copy"]),
    (["winter", "appeal", "raids"], ["harbour", "patrols"]),
    ([], ["harbour", "patrols", "winter"]),
    (["harbour", "patrols", "winter", "raids", "appeal"], ["patrols-copy"]),
]


@pytest.mark.parametrize(("first", "then"), SPLITS)
def test_a_merge_writes_the_same_bytes_as_one_run(
    inputs: dict[str, str], tmp_path: Path, first: list[str], then: list[str]
) -> None:
    one, merged = tmp_path / "one", tmp_path / "merged"
    assert run([inputs[name] for name in first + then], one) == 0
    if first:
        assert run([inputs[name] for name in first], merged) == 0
    assert run([inputs[name] for name in then], merged, "--merge") == 0
    expected, got = files(one), files(merged)
    assert got["knowledge.jsonl"] == expected["knowledge.jsonl"]
    assert got["partials.jsonl"] == expected["partials.jsonl"]


def test_a_merge_with_workers_writes_the_same_bytes(inputs: dict[str, str], tmp_path: Path) -> None:
    first, then = SPLITS[0]
    one, merged = tmp_path / "one", tmp_path / "merged"
    assert run([inputs[name] for name in first + then], one) == 0
    assert run([inputs[name] for name in first], merged, "--workers", "2") == 0
    assert run([inputs[name] for name in then], merged, "--merge", "--workers", "2") == 0
    expected, got = files(one), files(merged)
    for name in ("knowledge.jsonl", "partials.jsonl"):
        assert got[name] == expected[name]


def test_known_texts_are_not_processed_again(
    inputs: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pressfacts.knowledge import build

    seen: list[str] = []
    process = build.process_documents

    def counting(sources, nlp, **kwargs):  # type: ignore[no-untyped-def]
        return process((seen.append(s.source) or s for s in sources), nlp, **kwargs)

    monkeypatch.setattr(build, "process_documents", counting)
    assert run([inputs["harbour"], inputs["patrols"]], tmp_path / "out") == 0
    seen.clear()
    wanted = [inputs["patrols-copy"], inputs["raids"], inputs["harbour"]]
    assert run(wanted, tmp_path / "out", "--merge") == 0
    assert seen == [inputs["raids"]]
    patrols = next(
        r
        for r in records(tmp_path / "out")
        if r.get("sources", [""])[0].endswith("patrols-copy.txt")
    )
    assert patrols["sources"] == sorted([inputs["patrols-copy"], inputs["patrols"]])


RENAMES = [
    # (what changes, first run, merged in, kind of record renamed)
    ("a fuller reprint of a quote", ["patrols"], ["winter"], "quote"),
    ("a reprint stating the figure's period", ["patrols"], ["winter"], "statistic"),
    ("the full name of a family-name-only person", ["harbour"], ["raids"], "entity"),
]


@pytest.mark.parametrize(("change", "first", "then", "kind"), RENAMES)
def test_renamed_ids_name_the_record_that_now_holds_the_old_one(
    inputs: dict[str, str],
    tmp_path: Path,
    change: str,
    first: list[str],
    then: list[str],
    kind: str,
) -> None:
    out = tmp_path / "out"
    assert run([inputs[name] for name in first], out) == 0
    before = {r["id"]: r for r in records(out) if r["kind"] == kind}
    assert run([inputs[name] for name in then], out, "--merge") == 0
    after = {r["id"]: r for r in records(out) if r["kind"] == kind}
    gone = sorted(set(before) - set(after))
    assert len(gone) == 1, change
    (old,) = gone
    holder = next(r for r in after.values() if before[old]["mentions"][0] in r["mentions"])
    listed = [line for line in renames(out) if line["old"] in before]
    assert listed == [{"old": old, "new": holder["id"]}], change


def test_no_file_when_nothing_is_renamed_and_lines_accumulate(
    inputs: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    assert run([inputs["patrols"]], out) == 0
    assert run([inputs["appeal"]], out, "--merge") == 0  # nothing of the first set changes
    assert renames(out) == []
    assert run([inputs["harbour"]], out, "--merge") == 0
    assert run([inputs["winter"], inputs["raids"]], out, "--merge") == 0
    first = renames(out)
    assert {line["old"].split(":")[0] for line in first} == {"quote", "stat", "person"}
    assert run([inputs["winter"], inputs["raids"]], out, "--merge") == 0
    assert renames(out) == first


def test_merging_the_same_inputs_again_changes_no_byte(
    inputs: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    assert run([inputs["patrols"], inputs["harbour"]], out) == 0
    assert run([inputs["winter"], inputs["raids"]], out, "--merge") == 0
    once = files(out)
    assert "renamed-ids.jsonl" in once
    assert run([inputs["winter"], inputs["raids"]], out, "--merge") == 0
    assert files(out) == once


def _fail_writing_partials(monkeypatch: pytest.MonkeyPatch) -> None:
    from pressfacts.knowledge import partials

    def lines(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        yield {"format": "half written"}
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(partials, "partials_lines", lines)


def _fail_replacing_the_knowledge_set(monkeypatch: pytest.MonkeyPatch) -> None:
    replace = os.replace

    def failing(source: str | Path, target: str | Path) -> None:
        if Path(target).name == "knowledge.jsonl" and ".knowledge-" in Path(source).name:
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        replace(source, target)

    monkeypatch.setattr("pressfacts.knowledge.store.os.replace", failing)


@pytest.mark.parametrize(
    ("failure", "reason", "workers"),
    [
        (_fail_writing_partials, "No space left on device", "1"),
        (_fail_replacing_the_knowledge_set, "Input/output error", "1"),  # after the side files
        # with workers the partials are written ahead, in a child beside the merge
        (_fail_writing_partials, "No space left on device", "2"),
        (_fail_replacing_the_knowledge_set, "Input/output error", "2"),
    ],
)
def test_a_failed_merge_leaves_the_folder_as_it_was(
    inputs: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    failure,  # type: ignore[no-untyped-def]
    reason: str,
    workers: str,
) -> None:
    out = tmp_path / "out"
    assert run([inputs["patrols"], inputs["harbour"]], out) == 0
    assert run([inputs["appeal"]], out, "--merge") == 0
    before = files(out)
    capsys.readouterr()
    failure(monkeypatch)
    assert run([inputs["winter"], inputs["raids"]], out, "--merge", "--workers", workers) == 2
    assert capsys.readouterr().err.strip().endswith(reason)
    assert files(out) == before  # no temporary file left either


def test_a_merge_that_fails_leaves_no_partials_written_ahead(
    inputs: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pressfacts.knowledge import combine

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("made-up failure in the merge")

    monkeypatch.setattr(combine, "assemble", broken)
    out = tmp_path / "out"
    with pytest.raises(RuntimeError, match="made-up failure"):
        run([inputs["patrols"], inputs["harbour"]], out, "--workers", "2")
    assert files(out) == {}  # the partials the child wrote ahead were removed
