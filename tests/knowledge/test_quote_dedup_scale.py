"""Quote dedup is exact at any scale: the indexed clustering equals comparing every pair.

The prefix-filtered index (``cluster``) must find the same groups as the quadratic
reference (``cluster_exhaustive``) on real quotes, and the same reprint groups hidden
among 1,000 or 20,000 unrelated quotes must give identical records.
"""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path
from types import ModuleType

import pytest
from spacy.language import Language

from pressfacts.knowledge.build import process_documents
from pressfacts.knowledge.quote_merge import cluster, cluster_exhaustive, merge_quotes
from pressfacts.knowledge.quote_shingles import WordHashes
from pressfacts.lexicon.text import quote_words
from pressfacts.reader.read import read_inputs

ROOT = Path(__file__).resolve().parents[2]
SHARED_DEVSET = Path("/work/shared/devset/texts")


def _bench() -> ModuleType:
    """benchmarks/bench_quote_merge.py, whose synthetic generator both use."""
    path = ROOT / "benchmarks" / "bench_quote_merge.py"
    spec = importlib.util.spec_from_file_location("bench_quote_merge", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _canonical(groups: list[list[int]]) -> list[list[int]]:
    return sorted(sorted(group) for group in groups)


def test_index_equals_exhaustive_on_real_quotes(nlp: Language) -> None:
    folders = [ROOT / "seeds", ROOT / "tests" / "devset" / "texts"]
    folders += [SHARED_DEVSET] if SHARED_DEVSET.is_dir() else []
    sources = read_inputs([str(folder) for folder in folders])
    partials = [q for facts in process_documents(sources, nlp) for q in facts.quotes]
    assert len(partials) > 20
    texts = [partial.text for partial in partials]
    speakers = [partial.speaker for partial in partials]
    assert _canonical(cluster(texts, speakers)) == _canonical(cluster_exhaustive(texts, speakers))


@pytest.mark.parametrize("seed", range(5))
def test_index_equals_exhaustive_on_synthetic_copies(seed: int) -> None:
    bench = _bench()
    partials = bench.synthetic_partials(400, seed=seed)
    rng = random.Random(seed)
    rng.shuffle(partials)
    texts = [partial.text for partial in partials]
    speakers = [rng.choice([partial.speaker, None, "person:other"]) for partial in partials]
    assert _canonical(cluster(texts, speakers)) == _canonical(cluster_exhaustive(texts, speakers))


@pytest.mark.parametrize("seed", range(2))
def test_index_with_the_callers_word_hashes_equals_exhaustive(seed: int) -> None:
    # the merge hands cluster each distinct text's folded words, hashed as it folds them
    partials = _bench().synthetic_partials(400, seed=seed)
    texts = [partial.text for partial in partials]
    words = WordHashes()
    for folded in {" ".join(quote_words(text)): quote_words(text) for text in texts}.values():
        words.add(folded)
    normals = [" ".join(quote_words(text)) for text in texts]
    groups = cluster(texts, None, normals, words)
    assert _canonical(groups) == _canonical(cluster_exhaustive(texts))


def test_reprint_groups_give_identical_records_among_few_or_many_quotes() -> None:
    bench = _bench()
    groups = bench.reprint_groups(groups=60)
    small = bench.group_records(merge_quotes(bench.hidden_among(groups, 1_000), {}))
    large = bench.group_records(merge_quotes(bench.hidden_among(groups, 20_000), {}))
    alone = bench.group_records(merge_quotes(groups, {}))
    assert small == large == alone
    assert len(alone) < len(groups) // 4  # the copies did merge
