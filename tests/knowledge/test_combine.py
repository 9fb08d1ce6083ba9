"""merge_knowledge_sets: run(A ∪ B) equals merging run(A) and run(B), for any split."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from pressfacts.knowledge.build import (
    DocumentFacts,
    build_knowledge_set,
    copy_redater,
    process_documents,
)
from pressfacts.knowledge.combine import KnowledgeParts, merge_knowledge_sets
from pressfacts.reader.read import SourceDocument, read_inputs

ROOT = Path(__file__).resolve().parents[2]
SHARED_DEVSET = Path("/work/shared/devset/texts")


def _dump(records: list) -> str:
    return "\n".join(record.model_dump_json() for record in records)


@pytest.fixture(scope="module")
def extracted(nlp: Language) -> tuple[list[SourceDocument], list[DocumentFacts], str]:
    """Every document extracted once, and the knowledge set of one run over all of them."""
    folders = [ROOT / "seeds", ROOT / "tests" / "devset" / "texts"]
    folders += [SHARED_DEVSET] if SHARED_DEVSET.is_dir() else []
    sources = list(read_inputs([str(folder) for folder in folders]))
    facts = list(process_documents(sources, nlp))
    return sources, facts, _dump(build_knowledge_set(sources, nlp))


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(seed=st.integers(0, 2**32 - 1), pieces=st.integers(2, 4))
def test_merging_any_partition_equals_one_run(
    extracted: tuple[list[SourceDocument], list[DocumentFacts], str],
    nlp: Language,
    seed: int,
    pieces: int,
) -> None:
    _, facts, whole = extracted
    rng = random.Random(seed)
    shuffled = facts[:]
    rng.shuffle(shuffled)
    parts = [KnowledgeParts.of(shuffled[piece::pieces]) for piece in range(pieces)]
    left = parts[0]
    for part in parts[1:]:  # ((A + B) + C) + D
        left = merge_knowledge_sets(left, part)
    right = parts[-1]
    for part in reversed(parts[:-1]):  # A + (B + (C + D))
        right = merge_knowledge_sets(part, right)
    redate = copy_redater(nlp)  # undated copies dated by the set, as one run dates them
    assert _dump(left.records(redate=redate)) == whole
    assert _dump(right.records(redate=redate)) == whole


def test_a_document_in_both_keeps_every_source(
    extracted: tuple[list[SourceDocument], list[DocumentFacts], str], nlp: Language
) -> None:
    sources, facts, _ = extracted
    copy = SourceDocument(source="elsewhere/copy.txt", text=sources[0].text)
    first = KnowledgeParts.of(facts[:3])
    second = KnowledgeParts.of(process_documents([copy], nlp))
    merged = merge_knowledge_sets(first, second).records(redate=copy_redater(nlp))
    assert _dump(merged) == _dump(build_knowledge_set([*sources[:3], copy], nlp))
