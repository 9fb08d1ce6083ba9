"""The statistics merged in a forked child give the records of one process, byte for byte."""

from __future__ import annotations

import os
import pickle
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from pressfacts.knowledge import beside as beside_module
from pressfacts.knowledge.beside import beside
from pressfacts.knowledge.build import DocumentFacts, process_documents
from pressfacts.knowledge.combine import assemble
from pressfacts.knowledge.frozen import freeze
from pressfacts.knowledge.packed import PackedRecord
from pressfacts.knowledge.store import json_line
from pressfacts.reader.read import read_inputs

ROOT = Path(__file__).resolve().parents[2]


def _lines(records: list[Any]) -> list[str]:
    return [
        record.json_line()
        if isinstance(record, PackedRecord)
        else json_line(record.model_dump(mode="json"))
        for record in records
    ]


@pytest.fixture(scope="module")
def facts(nlp: Language) -> list[DocumentFacts]:
    folders = [ROOT / "seeds", ROOT / "tests" / "devset" / "texts"]
    return [freeze(f) for f in process_documents(read_inputs(map(str, folders)), nlp)]


@pytest.mark.parametrize("fork", [True, False])
def test_statistics_beside_are_the_same_records(
    facts: list[DocumentFacts], fork: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(beside_module, "FORK", fork)
    alone = assemble(facts, pack=True)
    assert any(record.kind == "statistic" for record in alone)
    assert _lines(assemble(facts, pack=True, beside=True)) == _lines(alone)


@pytest.mark.parametrize(
    ("job", "expected"),
    [(lambda: 6 * 7, 42), (lambda: sorted({3, 1, 2}), [1, 2, 3])],
)
def test_the_job_runs_beside_and_its_value_comes_back(job: Any, expected: object) -> None:
    with beside(job) as result:
        assert result.result() == expected


def test_the_job_error_comes_back() -> None:
    def fail() -> None:
        raise ValueError("dangling id")

    with pytest.raises(ValueError, match="dangling id"), beside(fail) as result:
        result.result()


def test_a_job_whose_child_dies_runs_again_here() -> None:
    parent = os.getpid()

    def job() -> int:
        if os.getpid() != parent:
            os._exit(1)  # the child dies at once
        return 42

    with beside(job) as result:
        assert result.result() == 42


def test_a_packed_record_pickles(facts: list[DocumentFacts]) -> None:
    packed = next(r for r in assemble(facts, pack=True) if isinstance(r, PackedRecord))
    again = pickle.loads(pickle.dumps(packed))
    assert (again.kind, again.id, again.json_line()) == (packed.kind, packed.id, packed.json_line())
