"""outputs/ (knowledge.jsonl, partials.jsonl) is what ``pressfacts run seeds --out outputs``
makes today."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressfacts.cli import main

REPO_ROOT = Path(__file__).resolve().parent.parent


def test_outputs_are_fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO_ROOT)  # sources are recorded as given: run it as the README does
    main(["run", "seeds", "--out", str(tmp_path), "--quiet"])
    for name in ("knowledge.jsonl", "partials.jsonl"):
        fresh = (tmp_path / name).read_text(encoding="utf-8")
        committed = (REPO_ROOT / "outputs" / name).read_text(encoding="utf-8")
        assert fresh == committed, (
            f"outputs/{name} is stale: regenerate it with `pressfacts run seeds --out outputs`"
        )
