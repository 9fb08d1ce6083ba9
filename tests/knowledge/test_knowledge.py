"""The knowledge set: documents, merged entities, ids, ordering, atomic writing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from pressfacts.knowledge.build import DocumentFacts, _fill, build_knowledge_set
from pressfacts.knowledge.entity_merge import merge_entities
from pressfacts.knowledge.store import read_knowledge_set, write_knowledge_set
from pressfacts.models.ids import document_id
from pressfacts.models.records import EntityRecord, Mention
from pressfacts.reader.read import SourceDocument

TEXT_A = "Detective Inspector Rachel Osei of Kent Police said: “We act.”"
TEXT_B = "DI Osei said Kent Police made arrests. Osei thanked Essex Police."


def build(nlp: Language, *documents: SourceDocument) -> list:
    return build_knowledge_set(documents, nlp)


def test_identical_texts_are_one_document_with_every_source(nlp: Language) -> None:
    records = build(
        nlp,
        SourceDocument(source="b.txt", text=TEXT_A),
        SourceDocument(source="a.txt", text=TEXT_A),
    )
    run, document = records[0], records[1]
    assert run.documents == 1
    assert document.id == document_id(TEXT_A)
    assert document.sources == ["a.txt", "b.txt"]


def test_every_mention_points_into_its_document(nlp: Language) -> None:
    records = build(
        nlp,
        SourceDocument(source="a.txt", text=TEXT_A),
        SourceDocument(source="b.txt", text=TEXT_B),
    )
    texts = {r.id: r.text for r in records if r.kind == "document"}
    mentions = [m for r in records if r.kind == "entity" for m in r.mentions]
    assert mentions
    for mention in mentions:
        assert texts[mention.doc][mention.start : mention.end] == mention.text


def test_family_name_only_person_joins_the_full_name_across_documents(nlp: Language) -> None:
    records = build(
        nlp,
        SourceDocument(source="a.txt", text=TEXT_A),
        SourceDocument(source="b.txt", text=TEXT_B),
    )
    people = [r for r in records if r.kind == "entity" and r.type == "PERSON"]
    assert [p.id for p in people] == ["person:rachel-osei"]
    assert {m.text for m in people[0].mentions} == {"Rachel Osei", "DI Osei", "Osei"}
    assert "DI Osei" in people[0].aliases
    assert people[0].titles == ["Detective Inspector"]


def test_errors_are_documents_and_nothing_points_at_them(nlp: Language) -> None:
    records = build(
        nlp,
        SourceDocument(source="bad.txt", error="binary file (contains NUL bytes)"),
        SourceDocument(source="good.txt", text=TEXT_A),
        SourceDocument(source="worse.txt", error="empty file"),
    )
    run = records[0]
    documents = [r for r in records if r.kind == "document"]
    assert (run.documents, run.errors) == (3, 2)
    errors = {d.sources[0]: d for d in documents if d.status == "error"}
    assert errors["bad.txt"].error == "binary file (contains NUL bytes)"
    assert errors["worse.txt"].error == "empty file"
    assert errors["bad.txt"].id != errors["worse.txt"].id
    error_ids = set(d.id for d in errors.values())
    assert not any(m.doc in error_ids for r in records if r.kind == "entity" for m in r.mentions)


def test_a_stage_failure_is_recorded_and_the_batch_goes_on(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    component = nlp.get_pipe("pressfacts_entities")
    original = type(component).__call__

    def fail_on_boom(self, doc):  # type: ignore[no-untyped-def]
        if "BOOM" in doc.text:
            raise RuntimeError("exploded\non two lines")
        return original(self, doc)

    monkeypatch.setattr(type(component), "__call__", fail_on_boom)
    records = build(
        nlp,
        SourceDocument(source="1.txt", text="BOOM goes the text."),
        SourceDocument(source="2.txt", text=TEXT_A),
    )
    documents = {r.sources[0]: r for r in records if r.kind == "document"}
    assert documents["1.txt"].status == "error"
    assert (
        documents["1.txt"].error
        == "stage pressfacts_entities failed: RuntimeError: exploded on two lines"
    )
    assert documents["2.txt"].status == "ok"
    assert any(r.kind == "entity" and r.id == "person:rachel-osei" for r in records)


def test_records_are_grouped_and_sorted(nlp: Language) -> None:
    records = build(
        nlp,
        SourceDocument(source="a.txt", text=TEXT_A),
        SourceDocument(source="b.txt", text=TEXT_B),
    )
    kinds = [r.kind for r in records]
    order = ["run", "document", "entity", "quote", "statistic"]
    assert kinds == sorted(kinds, key=order.index)
    for kind in order[1:]:
        ids = [r.id for r in records if r.kind == kind]
        assert ids == sorted(ids)


def test_merge_unions_aliases_and_titles_without_case_repeats() -> None:
    def record(doc: str, titles: list[str], aliases: list[str]) -> EntityRecord:
        return EntityRecord(
            id="person:alan-barr",
            type="PERSON",
            name="Alan Barr",
            titles=titles,
            aliases=aliases,
            mentions=[Mention(doc=doc, start=0, end=9, text="Alan Barr")],
        )

    [merged], remap = merge_entities(
        [
            record("doc:b", ["north west lead for crime"], ["ACC Barr"]),
            record("doc:a", ["Assistant Chief Constable", "North West Lead for Crime"], []),
        ]
    )
    assert remap == {}
    assert merged.titles == ["Assistant Chief Constable", "North West Lead for Crime"]
    assert merged.aliases == ["ACC Barr"]
    assert [m.doc for m in merged.mentions] == ["doc:a", "doc:b"]


def test_write_is_atomic_and_output_is_byte_identical(nlp: Language, tmp_path: Path) -> None:
    documents = [
        SourceDocument(source="a.txt", text=TEXT_A),
        SourceDocument(source="b.txt", text=TEXT_B),
    ]
    first = write_knowledge_set(build(nlp, *documents), tmp_path / "one").read_bytes()
    second = write_knowledge_set(build(nlp, *reversed(documents)), tmp_path / "two").read_bytes()
    assert first == second
    assert [p.name for p in (tmp_path / "one").iterdir()] == ["knowledge.jsonl"]


def test_interrupted_write_leaves_the_previous_file_whole(nlp: Language, tmp_path: Path) -> None:
    records = build(nlp, SourceDocument(source="a.txt", text=TEXT_A))
    target = write_knowledge_set(records, tmp_path)
    before = target.read_bytes()

    def records_then_crash():  # type: ignore[no-untyped-def]
        yield records[0]
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_knowledge_set(records_then_crash(), tmp_path)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["knowledge.jsonl"]


def test_every_line_validates_against_the_models(nlp: Language, tmp_path: Path) -> None:
    target = write_knowledge_set(build(nlp, SourceDocument(source="a.txt", text=TEXT_A)), tmp_path)
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(list(read_knowledge_set(target))) == len(lines)
    assert json.loads(lines[0])["kind"] == "run"


@pytest.mark.parametrize(
    "text",
    [
        TEXT_A,
        TEXT_B,
        "Gwent Police said calls rose 40% to 1,200.\n\n“We are busy,” said PC Dan Hale.",
        "",
    ],
)
def test_records_from_the_source_text_are_those_from_doc_text(nlp: Language, text: str) -> None:
    doc = nlp(text)
    source = SourceDocument(source="a.txt", text=text)
    given, built = (DocumentFacts(source, "doc:x", ["a.txt"]) for _ in range(2))
    _fill(given, doc, 7, text)
    _fill(built, doc, 7)
    assert given == built
    spans = {(s.start_char + 7, s.end_char + 7): s.text for s in doc.spans.get("entities", [])}
    assert {(m.start, m.end): m.text for r in given.entities for m in r.mentions} == spans
