"""``--workers``: extraction in several processes gives the same bytes as one process."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from spacy.language import Language

from pressfacts.knowledge import workers
from pressfacts.knowledge.build import build_knowledge_set
from pressfacts.knowledge.store import write_knowledge_set
from pressfacts.reader.read import SourceDocument, read_inputs

ROOT = Path(__file__).resolve().parents[2]


def _written(records: list, out: Path) -> bytes:
    return write_knowledge_set(records, out).read_bytes()


@pytest.fixture(scope="module")
def sources() -> list[SourceDocument]:
    """Seeds and tests/devset, plus a reprinted document and two inputs in error."""
    documents = list(read_inputs([str(ROOT / "seeds"), str(ROOT / "tests" / "devset" / "texts")]))
    reprint = SourceDocument(source="copy-of-first.txt", text=documents[0].text)
    unreadable = SourceDocument(source="broken.pdf", error="cannot read: made-up failure")
    too_long = SourceDocument(source="long.txt", text="Word. " * 200_000)
    return [*documents[:5], reprint, unreadable, *documents[5:], too_long, unreadable]


@pytest.mark.parametrize(
    "fork",
    [
        True,  # workers forked from the parent's pipeline (Linux)
        False,  # workers spawned, each building its own (where fork is unsafe)
    ],
)
def test_two_workers_write_the_same_bytes_as_one(
    nlp: Language,
    sources: list[SourceDocument],
    tmp_path: Path,
    fork: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if fork and sys.platform != "linux":
        pytest.skip("fork is used on Linux only")
    monkeypatch.setattr(workers, "FORK_WORKERS", fork)
    one = build_knowledge_set(sources, nlp, max_chars=500_000)
    two = build_knowledge_set(sources, None, max_chars=500_000, workers=2)
    assert one[0].errors == 2
    assert _written(one, tmp_path / "one") == _written(two, tmp_path / "two")


def test_workers_below_one_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pressfacts.cli import EXIT_USAGE, main

    status = main(["run", str(ROOT / "seeds"), "--out", str(tmp_path), "--workers", "0"])
    assert status == EXIT_USAGE
    assert "--workers must be at least 1" in capsys.readouterr().err
