"""Benchmark: quote deduplication (``merge_quotes``) at two sizes.

Builds synthetic quotes: distinct base quotes of 20-80 random words, each printed in
several documents as an exact reprint, a re-paragraphed copy, a copy trimmed to its
first sentence, a copy with a typo, or split into several short quotes. Prints the
time per quote at N and 4N quotes and their ratio: about 1.0 means the merge scales
linearly (no comparison of every quote with every other). Then hides the same
reprint groups (some printed up to 40 times) among distractor quotes at 10k and 100k
quotes in all and prints µs per quote, the records made, and whether the reprint
groups' records are identical at both sizes (dedup exact at any scale). The two sizes
are not the same mix: the reprint groups (about 3,750 short, often identical quotes)
are over a third of 10k quotes and under a twentieth of 100k, so each quote at 100k
brings more distinct text to fold and shingle. So the runs also print the distinct
text per quote and µs per 1,000 characters of it, and the same sizes of distractors
alone (one mix at both sizes). Not a test: timing depends on the machine. Run:
``python benchmarks/bench_quote_merge.py [--size N] [--hidden 10000,100000] [--cpu]``.
"""

from __future__ import annotations

import argparse
import random
import string
import time
from collections.abc import Callable
from dataclasses import dataclass

from pressfacts.knowledge.quote_merge import QuotePartial, merge_quotes
from pressfacts.models.records import Mention, QuoteRecord


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


def _quote(rng: random.Random, words: list[str], doc: str, speaker: str) -> QuotePartial:
    text = " ".join(_base_quote(rng, words))
    mention = Mention(doc=doc, start=0, end=len(text), text=text)
    return QuotePartial(doc, (mention,), speaker, "synthetic")


def reprint_groups(groups: int = 200, seed: int = 5) -> list[QuotePartial]:
    """``groups`` base quotes, each printed 2-40 times (reprints, trims, typos, splits)."""
    rng = random.Random(seed)
    words = _vocabulary(rng)
    partials: list[QuotePartial] = []
    for base in range(groups):
        sentences = _base_quote(rng, words)
        speaker = f"person:reprinted-{base % 97}"
        for copy in range(rng.choice([2, 3, 5, 10, 20, 40])):
            doc = f"doc:reprint-{base:06d}-{copy:03d}"
            for runs in _copy(rng, sentences):
                mentions, offset = [], 0
                for run in runs:
                    mentions.append(Mention(doc=doc, start=offset, end=offset + len(run), text=run))
                    offset += len(run) + 2
                partials.append(QuotePartial(doc, tuple(mentions), speaker, "synthetic"))
    return partials


def hidden_among(groups: list[QuotePartial], distractors: int, seed: int = 7) -> list[QuotePartial]:
    """``groups`` spread evenly among ``distractors`` unrelated quotes (same vocabulary)."""
    rng = random.Random(seed)
    words = _vocabulary(random.Random(5))
    every = max(1, distractors // max(1, len(groups)))
    partials: list[QuotePartial] = []
    pending = list(groups)
    for number in range(distractors):
        if pending and number % every == 0:
            partials.append(pending.pop(0))
        speaker = f"person:distractor-{number % 499}"
        partials.append(_quote(rng, words, f"doc:distractor-{number:07d}", speaker))
    return partials + pending


def group_records(records: list[QuoteRecord]) -> list[str]:
    """The records that hold a reprint group's mention, as JSON (to compare runs)."""
    return [
        record.model_dump_json()
        for record in records
        if any(m.doc.startswith("doc:reprint-") for m in record.mentions)
    ]


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
    parser.add_argument("--hidden", default="10000,100000", help="total sizes with hidden groups")
    parser.add_argument("--cpu", action="store_true", help="CPU time, not wall time")
    args = parser.parse_args()
    clock = time.process_time if args.cpu else time.perf_counter
    results = []
    for count in (args.size, 4 * args.size):
        per_quote, records = time_per_quote(count)
        results.append(per_quote)
        print(f"{count:>7} quotes -> {records:>6} records: {per_quote * 1e6:8.1f} µs per quote")
    print(f"ratio (4N / N time per quote): {results[1] / results[0]:.2f}")
    sizes = [int(size) for size in args.hidden.split(",")]
    runs = hidden_group_runs(sizes, clock)
    print(f"reprint groups: {len(reprint_groups())} quotes hidden among distractors")
    print("\n".join(hidden_report(runs, hidden_group_runs(sizes, clock, groups=[]))))


def hidden_report(runs: list[HiddenRun], alone: list[HiddenRun]) -> list[str]:
    """Lines for the hidden-group runs, then the distractors alone at the same sizes."""
    lines = [
        f"{run.quotes:>7} quotes -> {run.records:>6} records ({len(run.groups)} from the "
        f"reprint groups): {run.per_quote * 1e6:8.1f} µs per quote, "
        f"{run.characters / run.quotes:.0f} characters of distinct text per quote, "
        f"{run.per_quote * 1e9 * run.quotes / run.characters:.1f} µs per 1,000 of them"
        for run in runs
    ]
    ratio = runs[-1].per_quote / runs[0].per_quote
    per_text = [run.per_quote * run.quotes / run.characters for run in runs]
    text_ratio = per_text[-1] / per_text[0]
    lines.append(f"ratio (largest / smallest µs per quote): {ratio:.2f}")
    lines.append(f"ratio (largest / smallest µs per character of distinct text): {text_ratio:.2f}")
    lines.extend(
        f"{run.quotes:>7} distractors alone -> {run.records:>6} records: "
        f"{run.per_quote * 1e6:8.1f} µs per quote"
        for run in alone
    )
    lines.append(
        f"ratio, distractors alone (one mix): {alone[-1].per_quote / alone[0].per_quote:.2f}"
    )
    lines.append(f"reprint-group records identical at every size: {all_identical(runs)}")
    return lines


@dataclass(frozen=True)
class HiddenRun:
    """The reprint groups merged among distractors: sizes, time, the groups' records."""

    quotes: int
    records: int
    groups: list[str]
    per_quote: float
    characters: int  # of the distinct quote texts


def hidden_group_runs(
    totals: list[int],
    clock: Callable[[], float] = time.perf_counter,
    groups: list[QuotePartial] | None = None,
) -> list[HiddenRun]:
    """Merge the same reprint groups (:func:`reprint_groups` unless given; ``[]`` for
    the distractors alone) hidden among distractors, to each total size."""
    groups = reprint_groups() if groups is None else groups
    runs = []
    for total in totals:
        partials = hidden_among(groups, total - len(groups))
        characters = sum(map(len, {partial.text for partial in partials}))
        started = clock()
        records = merge_quotes(partials, {})
        per_quote = (clock() - started) / len(partials)
        count, kept = len(records), group_records(records)
        del records  # not alive during the next size's merge
        runs.append(HiddenRun(len(partials), count, kept, per_quote, characters))
    return runs


def all_identical(runs: list[HiddenRun]) -> bool:
    """Whether the reprint groups gave the same records at every size."""
    return all(run.groups == runs[0].groups for run in runs)


if __name__ == "__main__":
    main()
