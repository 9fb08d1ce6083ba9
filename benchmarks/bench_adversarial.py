"""Benchmark: time on 200 kB over time on 20 kB for each adversarial pattern (linearity).

Processes each text of :mod:`adversarial` as one Doc through the whole pipeline
(``nlp.max_length`` raised; the CLI would cut a text this long into parts, which hides
a stage that goes quadratic), then builds its records (sentences, entity, quote and
statistic partials) as the knowledge set does. A linear stage gives a ratio near 10;
a quadratic one near 100. Prints seconds and the ratio per pattern; no assertions.
Run: ``python benchmarks/bench_adversarial.py [--small 20000 --large 200000]``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from adversarial import PATTERNS, adversarial_text

from pressfacts import build_nlp
from pressfacts.knowledge import entity_merge, quote_merge, statistic_merge
from pressfacts.sentences.component import sentence_spans


def process(nlp, text: str) -> float:  # type: ignore[no-untyped-def]
    """Seconds to run the pipeline over ``text`` as one Doc and build its records."""
    started = time.perf_counter()
    doc = nlp(text)
    sentence_spans([s.start_char for s in doc.sents], doc.text)
    entity_merge.doc_entities(doc, "doc:bench")
    quote_merge.doc_quotes(doc, "doc:bench")
    statistic_merge.doc_statistics(doc, "doc:bench")
    return time.perf_counter() - started


def main() -> None:
    """Print seconds at both sizes and their ratio for every pattern."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=20_000, help="small size in characters")
    parser.add_argument("--large", type=int, default=200_000, help="large size in characters")
    parser.add_argument("--stages", action="store_true", help="also time each component")
    args = parser.parse_args()
    nlp = build_nlp()
    nlp.max_length = max(nlp.max_length, args.large + 1000)
    process(nlp, adversarial_text("figures", 2000))  # warm up
    print(f"{'pattern':<18} {'small s':>9} {'large s':>9} {'ratio':>7}")
    for pattern in PATTERNS:
        small = process(nlp, adversarial_text(pattern, args.small))
        large = process(nlp, adversarial_text(pattern, args.large))
        print(f"{pattern:<18} {small:9.3f} {large:9.3f} {large / small:7.1f}")
        if args.stages:
            doc = nlp.make_doc(adversarial_text(pattern, args.large))
            for name, component in nlp.pipeline:
                started = time.perf_counter()
                doc = component(doc)
                print(f"    {name:<24} {time.perf_counter() - started:8.3f}")


if __name__ == "__main__":
    main()
