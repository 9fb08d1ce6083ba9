"""Partial records held to the merge: compressed, not live, and the same when read.

A processed document's partial records are kept frozen (``FrozenFacts``) until the
cross-document merge reads them; reading gives back equal objects, ``replace`` and
equality behave as on ``DocumentFacts``, and ``process_documents`` itself keeps no
document's facts once it has yielded them (only the sources, for later copies).
"""

from __future__ import annotations

import dataclasses
import gc
import json
import weakref
from pathlib import Path

import pytest
from spacy.language import Language

from pressfacts.knowledge.build import DocumentFacts, process_documents
from pressfacts.knowledge.combine import assemble
from pressfacts.knowledge.frozen import FrozenFacts, document_blob, freeze, written_line
from pressfacts.knowledge.packed import PackedRecord
from pressfacts.knowledge.partials import document_line
from pressfacts.reader.read import SourceDocument, read_inputs

ROOT = Path(__file__).resolve().parents[2]
FIELDS = ("source", "sentences", "entities", "quotes", "statistics")


@pytest.fixture(scope="module")
def seed_facts(nlp: Language) -> list[DocumentFacts]:
    return list(process_documents(read_inputs([str(ROOT / "seeds")]), nlp))


@pytest.mark.parametrize("field", FIELDS)
def test_a_frozen_field_reads_back_equal(seed_facts: list[DocumentFacts], field: str) -> None:
    assert any(getattr(facts, field) for facts in seed_facts)
    for facts in seed_facts:
        frozen = freeze(facts)
        assert isinstance(frozen, FrozenFacts)
        assert getattr(frozen, field) == getattr(facts, field)
        assert field not in vars(frozen)  # held as bytes, not as the live list


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"sources": ["b.txt", "a.txt"]}, ["b.txt", "a.txt"]),
        ({"error": "stage failed"}, "stage failed"),
    ],
)
def test_replace_keeps_the_frozen_fields(
    seed_facts: list[DocumentFacts], change: dict[str, object], expected: object
) -> None:
    frozen = freeze(seed_facts[0])
    replaced = dataclasses.replace(frozen, **change)
    assert getattr(replaced, next(iter(change))) == expected
    assert [getattr(replaced, f) for f in FIELDS] == [getattr(frozen, f) for f in FIELDS]


def test_the_merge_of_frozen_facts_is_the_same_bytes(seed_facts: list[DocumentFacts]) -> None:
    live = [record.model_dump_json() for record in assemble(seed_facts)]
    frozen = [record.model_dump_json() for record in assemble(map(freeze, seed_facts))]
    assert frozen == live


def test_freezing_twice_is_the_same_object(seed_facts: list[DocumentFacts]) -> None:
    frozen = freeze(seed_facts[0])
    assert freeze(frozen) is frozen
    assert frozen.sources is seed_facts[0].sources  # later copies are still added in place


def test_process_documents_keeps_no_facts_it_has_yielded(nlp: Language) -> None:
    texts = [f"Kent Police said {n} people were arrested in 2023.\n" for n in range(3)]
    sources = [SourceDocument(source=f"t{n}.txt", text=text) for n, text in enumerate(texts)]
    stream = process_documents(iter([*sources, sources[0]]), nlp, batch_size=1)
    first = next(stream)
    sources_list, gone = first.sources, weakref.ref(first)
    del first
    assert len([next(stream), next(stream)]) == 2  # the stream is still going
    gc.collect()
    assert gone() is None
    assert list(stream) == []  # then a later copy of the first text arrives
    assert sources_list == ["t0.txt", "t0.txt"]


def test_the_written_partials_line_is_the_line_made_from_the_fields(
    seed_facts: list[DocumentFacts],
) -> None:
    for facts in seed_facts:
        frozen = freeze(facts)
        assert json.loads(written_line(frozen) or "null") == document_line(facts)
        assert written_line(dataclasses.replace(frozen, sources=["a.txt"])) is None


def test_a_document_in_error_has_no_written_line(seed_facts: list[DocumentFacts]) -> None:
    failed = dataclasses.replace(seed_facts[0], error="stage failed")
    assert written_line(freeze(failed)) is None


@pytest.mark.parametrize(
    ("later_sources", "packed_in_the_blob"),
    [
        ((), True),  # one source: the line made where the document was frozen holds
        (("copy-of-it.txt",), False),  # a later copy adds a source: made from the fields
    ],
)
def test_a_frozen_document_packs_its_record_line(
    seed_facts: list[DocumentFacts], later_sources: tuple[str, ...], packed_in_the_blob: bool
) -> None:
    facts = dataclasses.replace(seed_facts[0], sources=list(seed_facts[0].sources))
    frozen = freeze(facts)
    frozen.sources.extend(later_sources)
    assert (document_blob(frozen) is not None) == packed_in_the_blob
    expected = PackedRecord(facts.record()).json_line()
    packed = next(r for r in assemble([frozen], pack=True) if r.kind == "document")
    assert packed.json_line() == expected
