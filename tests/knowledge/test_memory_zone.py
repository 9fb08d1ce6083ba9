"""Documents processed in spaCy memory zones: the vocabulary stays put, the records do not move.

``process_documents`` runs every group of documents after the first in a memory zone,
so the words first seen there are forgotten after it. The records must be the same
bytes whatever the group size (here one document per zone against one zone for all).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from pressfacts.knowledge import build
from pressfacts.knowledge.combine import assemble
from pressfacts.reader.read import SourceDocument, read_inputs

ROOT = Path(__file__).resolve().parents[2]


def _lines(nlp: Language, paths: list[str]) -> list[str]:
    facts = list(build.process_documents(read_inputs(paths), nlp))
    return [json.dumps(record.model_dump(mode="json")) for record in assemble(facts)]


@pytest.mark.parametrize("folder", ["seeds", "tests/devset/texts"])
def test_zones_of_one_document_give_the_same_records(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, folder: str
) -> None:
    paths = [str(ROOT / folder)]
    monkeypatch.setattr(build, "ZONE_DOCUMENTS", 10_000)
    whole = _lines(nlp, paths)
    monkeypatch.setattr(build, "ZONE_DOCUMENTS", 1)
    assert _lines(nlp, paths) == whole


@pytest.mark.parametrize(
    ("first", "later", "forgotten"),
    [
        (
            "Police said a man was arrested.",
            "Inspector Quorblevant said 3 men were held.",
            "Quorblevant",
        ),
        (
            "A charity said it had helped.",
            "The Vantrellic Trust said 41 families were helped.",
            "Vantrellic",
        ),
    ],
)
def test_a_word_first_seen_in_a_zone_is_forgotten(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, first: str, later: str, forgotten: str
) -> None:
    monkeypatch.setattr(build, "ZONE_DOCUMENTS", 1)
    sources = [
        SourceDocument(source=f"{n}.txt", text=text) for n, text in enumerate((first, later))
    ]
    documents = list(build.process_documents(sources, nlp))
    assert [facts.error for facts in documents] == [None, None]
    assert forgotten not in nlp.vocab.strings


@pytest.mark.parametrize(
    ("chunk", "forgotten"),
    [
        ("Sergeant Plimbersnatch said 4 vans were seized.", "Plimbersnatch"),
        ("The Grellowayne Foundation said 12 grants were paid.", "Grellowayne"),
    ],
)
def test_a_worker_chunk_after_the_first_documents_is_in_a_zone(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, chunk: str, forgotten: str
) -> None:
    from pressfacts.knowledge import workers

    monkeypatch.setattr(workers, "_worker_nlp", nlp)
    monkeypatch.setattr(workers, "_worker_documents", build.ZONE_DOCUMENTS)
    documents = workers._extract_chunk([SourceDocument(source="w.txt", text=chunk)], 10_000)
    assert [facts.error for facts in documents] == [None]
    assert forgotten not in nlp.vocab.strings
