"""Benchmark: time on 1 MB over time on 100 kB for each adversarial pattern (linearity).

Two ways through the pipeline, chosen with ``--path``:

- ``cli`` (default): the path ``pressfacts run`` takes. The text is one source
  document given to :func:`pressfacts.build_knowledge_set`; a text over
  ``parts.LONG_DOCUMENT_CHARS`` (100,000 characters) is processed in paragraph-aligned
  parts of about 10,000 characters, then the knowledge-set merge runs.
- ``whole``: the text as one Doc (``nlp.max_length`` raised), then its records. This
  hides nothing behind the parts: a stage that is quadratic in one Doc's length shows.

A linear path gives a ratio near the size ratio (10 by default); a quadratic one
near its square. Prints seconds and the ratio per pattern; with ``--stages``, for each
pattern whose ratio is over ``--slow`` (all with ``--slow 0``), the seconds per stage
at both sizes and their ratio (tokenizer, each component, the records, and on the
``cli`` path the merge). With ``--repeats R`` each size runs R times, in turn, and the
best time of each is kept (as :mod:`bench_workers` keeps its best runs). No assertions.
Run: ``python benchmarks/bench_adversarial.py [--small 100000 --large 1000000]
[--path cli|whole] [--stages] [--cpu] [--repeats R] [--pattern NAME ...]``.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import as_run  # noqa: F401  (first: compile as pressfacts run does)
from adversarial import PATTERNS, adversarial_text
from spacy.language import Language

from pressfacts import build_knowledge_set, build_nlp
from pressfacts.knowledge import entity_merge, parts, quote_merge, statistic_merge
from pressfacts.knowledge.build import DocumentFacts, _fill
from pressfacts.knowledge.combine import assemble
from pressfacts.reader.read import SourceDocument
from pressfacts.sentences.component import sentence_spans

CLOCK: Callable[[], float] = time.perf_counter
"""The clock every figure is read from (``--cpu``: this process's CPU time)."""


def run_whole(nlp, text: str) -> float:  # type: ignore[no-untyped-def]
    """Seconds to run the pipeline over ``text`` as one Doc and build its records."""
    started = CLOCK()
    doc = nlp(text)
    sentence_spans([s.start_char for s in doc.sents], text)  # the text, as the build has it
    entity_merge.doc_entities(doc, "doc:bench", text)
    quote_merge.doc_quotes(doc, "doc:bench", text)
    statistic_merge.doc_statistics(doc, "doc:bench", text)
    return CLOCK() - started


def run_cli(nlp, text: str) -> float:  # type: ignore[no-untyped-def]
    """Seconds to build the knowledge set of ``text`` as ``pressfacts run`` does."""
    started = CLOCK()
    build_knowledge_set([SourceDocument(source="bench.txt", text=text)], nlp)
    return CLOCK() - started


RUNNERS: dict[str, Callable[..., float]] = {"cli": run_cli, "whole": run_whole}
"""The two ways through the pipeline (``--path``)."""


def best_times(
    nlp: Language, pattern: str, small: int, large: int, repeats: int = 1, path: str = "cli"
) -> tuple[float, float]:
    """The best of ``repeats`` seconds of ``pattern`` at ``small`` and at ``large``
    characters, the two sizes run in turn (a spell of load on a shared machine then
    falls on both, and the best run of each is the one it slowed least)."""
    run = RUNNERS[path]
    small_text, large_text = adversarial_text(pattern, small), adversarial_text(pattern, large)
    best_small = best_large = float("inf")
    for _ in range(max(repeats, 1)):
        best_small = min(best_small, run(nlp, small_text))
        best_large = min(best_large, run(nlp, large_text))
    return best_small, best_large


def stage_times(nlp, text: str, path: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Seconds per stage over ``text``: over its parts on the ``cli`` path, else one Doc."""
    times: dict[str, float] = defaultdict(float)
    slices = parts.split_parts(text) if path == "cli" else [(0, len(text))]
    source = SourceDocument(source="bench.txt", text=text)
    facts = DocumentFacts(source, "doc:bench", [source.source])
    for start, end in slices:
        started = CLOCK()
        doc = nlp.make_doc(text[start:end])
        times["tokenizer"] += CLOCK() - started
        for name, component in nlp.pipeline:
            started = CLOCK()
            doc = component(doc)
            times[name] += CLOCK() - started
        started = CLOCK()
        _fill(facts, doc, start, text[start:end])
        times["records"] += CLOCK() - started
    if path == "cli":
        started = CLOCK()
        assemble([facts], set())
        times["merge"] += CLOCK() - started
    return times


def main() -> None:
    """Print seconds at both sizes and their ratio for every pattern."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=100_000, help="small size in characters")
    parser.add_argument("--large", type=int, default=1_000_000, help="large size in characters")
    parser.add_argument("--path", choices=("cli", "whole"), default="cli", help="see above")
    parser.add_argument("--stages", action="store_true", help="time each stage of slow ones")
    parser.add_argument("--slow", type=float, default=12.0, help="ratio above which --stages")
    parser.add_argument("--pattern", nargs="*", default=list(PATTERNS), help="patterns to run")
    parser.add_argument(
        "--cpu", action="store_true", help="time CPU of this process (steadier on a busy machine)"
    )
    parser.add_argument("--repeats", type=int, default=1, help="runs of each size, best kept")
    args = parser.parse_args()
    global CLOCK
    CLOCK = time.process_time if args.cpu else time.perf_counter
    nlp = build_nlp()
    nlp.max_length = max(nlp.max_length, args.large + 1000)
    RUNNERS[args.path](nlp, adversarial_text("figures", 2000))  # warm up
    print(f"path: {args.path}, sizes {args.small:,} and {args.large:,} characters")
    print(f"{'pattern':<18} {'small s':>9} {'large s':>9} {'ratio':>7}")
    for pattern in args.pattern:
        small, large = best_times(nlp, pattern, args.small, args.large, args.repeats, args.path)
        ratio = large / small if small else float("inf")
        print(f"{pattern:<18} {small:9.3f} {large:9.3f} {ratio:7.1f}", flush=True)
        if args.stages and ratio > args.slow:
            small_stages = stage_times(nlp, adversarial_text(pattern, args.small), args.path)
            large_stages = stage_times(nlp, adversarial_text(pattern, args.large), args.path)
            for name, seconds in large_stages.items():
                before = small_stages.get(name, 0.0)
                ratio = f"{seconds / before:7.1f}" if before > 0 else f"{'-':>7}"
                print(f"    {name:<24} {before:9.3f} {seconds:9.3f} {ratio}", flush=True)


if __name__ == "__main__":
    main()
