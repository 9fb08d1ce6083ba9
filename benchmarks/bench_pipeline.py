"""Benchmark: the whole run (pipeline + records + merge) at two batch sizes.

Prints seconds per document at N and 2N synthetic documents and their ratio: about 1.0
means the run scales linearly (nothing quadratic over documents, quotes or entities).
Not a test: timing depends on the machine. Run: ``python benchmarks/bench_pipeline.py``.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import as_run  # noqa: F401  (first: compile as pressfacts run does)

from pressfacts import build_nlp
from pressfacts.knowledge.build import build_knowledge_set
from pressfacts.reader.read import SourceDocument, read_inputs

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
FAMILY_NAMES = ["Hughes", "Patel", "Okafor", "Reid", "Walsh", "Nowak", "Singh", "Byrne"]


def synthetic_documents(count: int, seed: int = 7) -> list[SourceDocument]:
    """``count`` distinct documents: seed texts with names and figures varied."""
    rng = random.Random(seed)
    bases = [document.text for document in read_inputs([str(SEEDS)])]
    documents = []
    for index in range(count):
        text = rng.choice(bases)
        text = text.replace("Barr", rng.choice(FAMILY_NAMES)).replace("1,747", f"{1000 + index:,}")
        documents.append(
            SourceDocument(source=f"synthetic/{index}.txt", text=f"{text}\n\nRef {index}.")
        )
    return documents


def seconds_per_document(count: int) -> float:
    """Time one run over ``count`` synthetic documents, per document."""
    nlp = build_nlp()
    documents = synthetic_documents(count)
    started = time.perf_counter()
    build_knowledge_set(documents, nlp)
    return (time.perf_counter() - started) / count


def main() -> None:
    """Print the time per document at two sizes and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100, help="the smaller batch size")
    size = parser.parse_args().size
    small, large = seconds_per_document(size), seconds_per_document(2 * size)
    print(f"{size:>6} documents: {small * 1000:8.2f} ms/document")
    print(f"{2 * size:>6} documents: {large * 1000:8.2f} ms/document")
    print(f"ratio (per-document time at 2N / at N): {large / small:.2f}")


if __name__ == "__main__":
    main()
