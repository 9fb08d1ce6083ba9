"""outputs/knowledge.jsonl is what ``pressfacts run seeds --out outputs`` makes today."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressfacts.cli import main

REPO_ROOT = Path(__file__).resolve().parent.parent


def test_outputs_are_fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO_ROOT)  # sources are recorded as given: run it as the README does
    main(["run", "seeds", "--out", str(tmp_path), "--quiet"])
    fresh = (tmp_path / "knowledge.jsonl").read_text(encoding="utf-8")
    committed = (REPO_ROOT / "outputs" / "knowledge.jsonl").read_text(encoding="utf-8")
    assert fresh == committed, (
        "outputs/ is stale: regenerate it with `pressfacts run seeds --out outputs`"
    )
