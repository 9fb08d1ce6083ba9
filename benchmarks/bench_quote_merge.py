"""Benchmark: quote deduplication (``merge_quotes``) at two sizes.

Builds synthetic quotes: distinct base quotes of 20-80 random words, each printed in
several documents as an exact reprint, a re-paragraphed copy, a copy trimmed to its
first sentence, a copy with a typo, or split into several short quotes. Prints the
time per quote at N and 4N quotes and their ratio: about 1.0 means the merge scales
linearly (no comparison of every quote with every other). Not a test: timing depends
on the machine. Run: ``python benchmarks/bench_quote_merge.py [--size N]``.
"""

from __future__ import annotations

import argparse
import random
import string
import time

from pressfacts.knowledge.quote_merge import QuotePartial, merge_quotes
from pressfacts.models.records import Mention


def _vocabulary(rng: random.Random, size: int = 5000) -> list[str]:
    return [
        "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(3, 9)))
        for _ in range(size)
    ]


def _base_quote(rng: random.Random, words: list[str]) -> list[str]:
    sentences = []
    for _ in range(rng.randint(2, 6)):
        sentence = rng.sample(words, rng.randint(8, 14))
        sentences.append(" ".join(sentence).capitalize() + ".")
    return sentences


def _copy(rng: random.Random, sentences: list[str]) -> list[list[str]]:
    """One or more quotes (each a list of runs) printing ``sentences`` in some way."""
    kind = rng.choice(["exact", "paragraphs", "trimmed", "typo", "split"])
    if kind == "paragraphs":
        return [list(sentences)]
    if kind == "trimmed":
        return [[sentences[0]]]
    if kind == "typo":
        text = " ".join(sentences)
        at = rng.randrange(len(text))
        return [[text[:at] + text[at + 1 :]]]
    if kind == "split":
        return [[sentence] for sentence in sentences]
    return [[" ".join(sentences)]]


def synthetic_partials(count: int, seed: int = 11) -> list[QuotePartial]:
    """About ``count`` quote partials: bases printed 2-5 times in different documents."""
    rng = random.Random(seed)
    words = _vocabulary(rng)
    partials: list[QuotePartial] = []
    base = 0
    while len(partials) < count:
        sentences = _base_quote(rng, words)
        speaker = f"person:speaker-{base % 997}"
        for copy in range(rng.randint(2, 5)):
            doc = f"doc:{base:08d}{copy:08d}"
            for runs in _copy(rng, sentences):
                mentions, offset = [], 0
                for run in runs:
                    mentions.append(Mention(doc=doc, start=offset, end=offset + len(run), text=run))
                    offset += len(run) + 2
                partials.append(QuotePartial(doc, tuple(mentions), speaker, "synthetic"))
        base += 1
    return partials[:count]


def time_per_quote(count: int) -> tuple[float, int]:
    """Seconds per quote to merge ``count`` synthetic quotes, and the records made."""
    partials = synthetic_partials(count)
    started = time.perf_counter()
    records = merge_quotes(partials, {})
    return (time.perf_counter() - started) / count, len(records)


def main() -> None:
    """Time the merge at N and 4N quotes; print time per quote and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000, help="the smaller size N")
    args = parser.parse_args()
    results = []
    for count in (args.size, 4 * args.size):
        per_quote, records = time_per_quote(count)
        results.append(per_quote)
        print(f"{count:>7} quotes -> {records:>6} records: {per_quote * 1e6:8.1f} µs per quote")
    print(f"ratio (4N / N time per quote): {results[1] / results[0]:.2f}")


if __name__ == "__main__":
    main()
