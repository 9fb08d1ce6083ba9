"""Benchmark: extraction with 1 and 2 worker processes on the same generated releases.

Generates N distinct releases (:mod:`corpus`), builds the knowledge set with one
process and with ``--workers 2``, and prints documents per second for each, the
speed-up, and whether the two knowledge sets are the same bytes. The 2-worker time
includes starting the workers (each builds the pipeline once). Not a test: timing
depends on the machine and its load. Run: ``python benchmarks/bench_workers.py [--docs N]``.
"""

from __future__ import annotations

import argparse
import time

from corpus import generate

from pressfacts import build_nlp
from pressfacts.knowledge.build import build_knowledge_set
from pressfacts.reader.read import SourceDocument


def _dump(records: list) -> str:
    return "\n".join(record.model_dump_json() for record in records)


def main() -> None:
    """Time 1 and 2 workers on the same releases; print docs/s, speed-up, identity."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=600, help="how many releases")
    args = parser.parse_args()
    sources = [SourceDocument(source=r.source, text=r.text) for r in generate(args.docs)]
    nlp = build_nlp()
    outputs, seconds = [], []
    for workers in (1, 2):
        started = time.perf_counter()
        outputs.append(
            _dump(build_knowledge_set(sources, nlp if workers == 1 else None, workers=workers))
        )
        seconds.append(time.perf_counter() - started)
        print(
            f"{workers} worker(s): {args.docs / seconds[-1]:7.1f} documents/s ({seconds[-1]:.1f} s)"
        )
    print(f"speed-up, 2 workers over 1: {seconds[0] / seconds[1]:.2f}x")
    print(f"same bytes: {outputs[0] == outputs[1]}")


if __name__ == "__main__":
    main()
