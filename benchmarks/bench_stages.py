"""Benchmark: milliseconds per document for each stage, from one run on the same texts.

Generates N distinct releases (``benchmarks/corpus.py``), then on the same texts:

- the bare ``spacy.blank("en")`` tokenizer, for a words-per-second yardstick;
- the pressfacts pipeline as ``pressfacts run`` drives it, a batch of documents at a
  time (``--batch``, default the run's): ``nlp.make_doc`` over the batch, then each
  component over it in turn, each timed; then the batch's per-document records
  (sentences, entity, quote and statistic partials); at the end the knowledge-set
  merges over the corpus (entities, quotes, statistics).

Prints ms per document per stage, end-to-end words/s, the tokenizer's words/s and
their ratio (wall-clock time; ``--cpu`` times this process's CPU instead, steadier
when other work shares the machine). Not a test: timing depends on the machine.
Later issues report their before/after with it.
``--eval-texts`` runs it on the repository's eval-set texts instead (real-length releases).
Run: ``python benchmarks/bench_stages.py --docs 500 [--cpu] [--eval-texts]``.
"""

from __future__ import annotations

import argparse
import inspect
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import spacy
from spacy.language import Language

sys.path.insert(0, str(Path(__file__).resolve().parent))

import as_run  # noqa: F401  (first: compile as pressfacts run does)
from corpus import generate

from pressfacts import build_nlp
from pressfacts.knowledge import entity_merge, quote_merge, statistic_merge
from pressfacts.knowledge.build import process_documents
from pressfacts.models.ids import document_id
from pressfacts.sentences.component import sentence_spans

REPOSITORY = Path(__file__).resolve().parent.parent


def eval_set_texts() -> list[str]:
    """The texts of the repository's eval sets (seeds, ``tests/devset``, the held-out
    sets), each once, as ``pressfacts run`` reads them (headers split off): real-length
    releases beside the generated corpus, whose short templated texts suit the
    tokenizer's cache better than new releases do."""
    from pressfacts.reader.read import read_inputs

    folders = [REPOSITORY / "seeds", *sorted(REPOSITORY.glob("tests/*/texts"))]
    texts = (document.text for document in read_inputs([str(folder) for folder in folders]))
    return list(dict.fromkeys(text for text in texts if text))


def tokenizer_seconds(texts: list[str], clock: Callable[[], float]) -> float:
    """Seconds the bare ``spacy.blank("en")`` tokenizer takes over ``texts``."""
    blank = spacy.blank("en")
    started = clock()
    for text in texts:
        blank.make_doc(text)
    return clock() - started


BATCH = inspect.signature(process_documents).parameters["batch_size"].default
"""Documents per batch, as ``pressfacts run`` passes them (``nlp.pipe``'s batch size)."""


def stage_seconds(
    nlp: Language, texts: list[str], clock: Callable[[], float], batch: int = BATCH
) -> tuple[dict[str, float], tuple[int, int, int]]:
    """Seconds per stage over ``texts``, then the merges, and the merged records' counts:
    entities, quotes, statistics.

    As in ``pressfacts run`` (``nlp.pipe``, each stage a
    :class:`~pressfacts.batching.BatchedStage`): ``batch`` documents at a time are
    tokenized, then each stage runs over them, then their records are built
    (``--batch 1``: one document through everything at a time)."""
    stages: dict[str, float] = defaultdict(float)
    entities, quotes, statistics = [], [], []
    for first in range(0, len(texts), batch):
        chunk = texts[first : first + batch]
        at = clock()
        docs = [nlp.make_doc(text) for text in chunk]
        stages["make_doc (tokenizer)"] += clock() - at
        for name, pipe in nlp.pipeline:
            at = clock()
            docs = [pipe(doc) for doc in docs]
            stages[name] += clock() - at
        at = clock()
        for doc, text in zip(docs, chunk, strict=True):
            ident = document_id(text)
            sentence_spans([s.start_char for s in doc.sents], text)  # as the build has it
            entities += entity_merge.doc_entities(doc, ident, text)
            quotes += quote_merge.doc_quotes(doc, ident, text)
            statistics += statistic_merge.doc_statistics(doc, ident, text)
        stages["document records"] += clock() - at
    at = clock()
    merged, remap = entity_merge.merge_entities(entities)
    stages["merge entities"] += clock() - at
    at = clock()
    merged_quotes = quote_merge.merge_quotes(quotes, remap)
    stages["merge quotes"] += clock() - at
    at = clock()
    merged_statistics = statistic_merge.merge_statistics(statistics)
    stages["merge statistics"] += clock() - at
    return stages, (len(merged), len(merged_quotes), len(merged_statistics))


def stage_report(
    texts: list[str], stages: dict[str, float], tokenizer: float, counts: tuple[int, int, int]
) -> list[str]:
    """The table: ms/doc and share per stage, end-to-end and tokenizer words/s, ratio."""
    words = sum(len(text.split()) for text in texts)
    total = sum(stages.values())
    n = len(texts)
    lines = [
        f"{n} documents, {words} words ({words / n:.0f} per document)",
        f"records: {counts[0]} entities, {counts[1]} quotes, {counts[2]} statistics",
        f"{'stage':<28}{'ms/doc':>10}{'share':>8}",
    ]
    for name, seconds in stages.items():
        lines.append(f"{name:<28}{seconds * 1000 / n:>10.3f}{seconds / total:>8.1%}")
    lines.append(f"{'total':<28}{total * 1000 / n:>10.3f}")
    end_to_end, bare = words / total, words / tokenizer
    lines.append(f"end-to-end: {end_to_end:,.0f} words/s")
    lines.append(f"bare spacy.blank('en') tokenizer: {bare:,.0f} words/s")
    lines.append(f"ratio tokenizer / end-to-end: {bare / end_to_end:.1f}x")
    lines.append(f"end-to-end / tokenizer: {end_to_end / bare:.3f} (target >= 0.10)")
    return lines


def main() -> None:
    """Time every stage over one generated corpus and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200, help="how many releases (default 200)")
    parser.add_argument("--seed", type=int, default=11, help="corpus seed")
    parser.add_argument(
        "--cpu", action="store_true", help="time CPU of this process (steadier on a busy machine)"
    )
    parser.add_argument(
        "--batch", type=int, default=BATCH, help=f"documents per batch (default {BATCH}, as run)"
    )
    parser.add_argument(
        "--eval-texts", action="store_true", help="the eval sets' texts, not generated releases"
    )
    args = parser.parse_args()
    clock = time.process_time if args.cpu else time.perf_counter

    if args.eval_texts:
        texts = eval_set_texts()
    else:
        texts = [release.text for release in generate(args.docs, args.seed)]
    assert len(set(texts)) == len(texts), "the corpus must hold distinct texts"
    tokenizer = tokenizer_seconds(texts, clock)
    stages, counts = stage_seconds(build_nlp(), texts, clock, args.batch)
    print("\n".join(stage_report(texts, stages, tokenizer, counts)))


if __name__ == "__main__":
    main()
