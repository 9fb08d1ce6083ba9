"""``pressfacts load`` applies the renamed-ids file ``pressfacts run --merge`` writes.

Loading the first knowledge set, then the merged one with its renamed ids, must give
the database a fresh load of the merged set gives, and keep the renamed records' rows
(their first load), not delete and insert them. Texts are our own invention.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language

from pressfacts.cli import main
from pressfacts.load import load_knowledge_set
from pressfacts.load.knowledge import read_renamed_ids

FIRST = {
    "ferry": (
        "Sergeant Pascoe thanked the crew of the Scilly ferry after a passenger was found "
        'safe.\n\nInspector Demelza Carne said: "The sea does not forgive a single '
        'mistake."\n\nCoastguards answered 58 calls along the Penwith coast.\n'
    ),
}
THEN = {
    "season": (
        "Sergeant Ruan Pascoe reviewed the summer season on the islands.\n\n"
        'Inspector Demelza Carne said: "The sea does not forgive a single mistake. Wear a '
        "lifejacket, tell someone where you are going, and check the tide before you set "
        'out."\n\nCoastguards answered 58 calls along the Penwith coast between 1 June '
        "2025 and 31 August 2025.\n"
    ),
}


def _write(folder: Path, texts: dict[str, str]) -> list[str]:
    folder.mkdir()
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return [str(folder / f"{name}.txt") for name in texts]


TABLES = {"quote": "quotes", "stat": "statistics"}
"""The table of a record by its id's prefix; any other prefix is an entity's."""


def test_loading_a_merged_set_over_the_first_equals_a_fresh_load(
    nlp: Language,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    new_database: Callable[[], str],
    open_database: Callable,
    records_of: Callable,
) -> None:
    monkeypatch.setattr("pressfacts.nlp.build_nlp", lambda overrides=None: nlp)
    first, then = _write(tmp_path / "first", FIRST), _write(tmp_path / "then", THEN)
    out = tmp_path / "out"
    assert main(["run", *first, "--out", str(out), "-q"]) == 0
    knowledge = out / "knowledge.jsonl"
    incremental = new_database()
    load_knowledge_set(knowledge, incremental)
    first_ids = {record.id for record in records_of(knowledge)}

    assert main(["run", *then, "--out", str(out), "--merge", "-q"]) == 0
    renames = read_renamed_ids(out / "renamed-ids.jsonl")
    kinds = sorted(rename.old.split(":")[0] for rename in renames)
    assert kinds == ["person", "quote", "stat"]
    report = load_knowledge_set(knowledge, incremental)
    assert (report.renamed, report.deleted) == (3, 0)
    fresh = new_database()
    load_knowledge_set(knowledge, fresh)

    merged = records_of(knowledge)
    assert open_database(incremental).records() == merged
    assert open_database(fresh).records() == merged
    assert open_database(incremental).counts() == open_database(fresh).counts()
    for rename in renames:  # the row was renamed in place: it keeps its first load
        assert rename.old in first_ids
        table = TABLES.get(rename.new.split(":")[0], "entities")
        assert open_database(incremental).history(rename.new, table) == (1, 2)
