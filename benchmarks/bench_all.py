"""Benchmark: every figure of the speed issue from one run, on the same generated texts.

One corpus of N distinct releases (:mod:`corpus`, ``--docs``) is generated once; on it:

1. words/s of the pressfacts pipeline and of the bare ``spacy.blank("en")`` tokenizer,
   their ratio, and ms per document per stage (:mod:`bench_stages`); then the same on
   the repository's eval-set texts, real-length releases;
2. ``pressfacts run`` end to end with 1 and 2 workers on the same N texts, as files,
   and again on ``--workers-docs`` texts (3000 by default: the start-up is a fixed cost,
   so the speed-up depends on N and both are printed, each with its N), the best of
   ``--repeats`` runs each (:mod:`bench_workers`);
3. peak RSS of ``pressfacts run`` on the first N/10 texts and on all N, against the
   output's growth (:mod:`bench_memory`; the corpus's first N/10 are the N/10 corpus);
4. time(1 MB)/time(100 kB) for each adversarial pattern, the best of
   ``--adversarial-repeats`` runs of each size (:mod:`bench_adversarial`);
5. quote dedup: µs per quote and record counts with the same reprint groups hidden
   among 10k and 100k quotes, per character of distinct text, and the distractors
   alone at both sizes (:mod:`bench_quote_merge`);
6. ``pressfacts --help`` wall time (best of five fresh processes).

Then a summary: each figure beside the issue's target. Sections are skipped with
``--skip`` (e.g. ``--skip adversarial memory`` for a quick look). Each section
imports its module's functions: this file only chooses the inputs and prints. Not a
test: figures depend on the machine and its load, and nothing passes or fails.
Run: ``python benchmarks/bench_all.py [--docs 1000] [--cpu] [--skip SECTION ...]``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import as_run  # noqa: F401  (first: compile as pressfacts run does)
from adversarial import PATTERNS, adversarial_text
from bench_adversarial import best_times, run_cli
from bench_memory import baseline_rss, compare, run_memory
from bench_quote_merge import all_identical, hidden_group_runs, hidden_report
from bench_stages import eval_set_texts, stage_report, stage_seconds, tokenizer_seconds
from bench_workers import compare_workers, startup_seconds
from bytecode import compile_package
from corpus import generate

from pressfacts import build_nlp

SECTIONS = ("stages", "workers", "memory", "adversarial", "dedup", "help")


def help_seconds(repeats: int = 5) -> float:
    """The best wall time of ``pressfacts --help`` in a fresh process (console script)."""
    script = shutil.which("pressfacts")
    command = [script] if script else [sys.executable, "-m", "pressfacts.cli"]
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        subprocess.run([*command, "--help"], check=True, capture_output=True)
        best = min(best, time.perf_counter() - started)
    return best


def adversarial_ratios(small: int, large: int, repeats: int = 1) -> list[tuple[str, float, float]]:
    """Seconds at ``small`` and ``large`` characters for each adversarial pattern, on
    the path ``pressfacts run`` takes (:func:`bench_adversarial.run_cli`), the best of
    ``repeats`` runs of each (:func:`bench_adversarial.best_times`)."""
    nlp = build_nlp()
    nlp.max_length = max(nlp.max_length, large + 1000)
    run_cli(nlp, adversarial_text("figures", 2000))  # warm up
    return [(pattern, *best_times(nlp, pattern, small, large, repeats)) for pattern in PATTERNS]


def main() -> None:
    """Run every section not skipped on one corpus; print each, then the summary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000, help="N, the corpus size")
    parser.add_argument("--seed", type=int, default=11, help="corpus seed")
    parser.add_argument("--cpu", action="store_true", help="stage times in CPU, not wall")
    parser.add_argument("--skip", nargs="*", default=[], choices=SECTIONS, help="sections")
    parser.add_argument("--small", type=int, default=100_000, help="adversarial small size")
    parser.add_argument("--large", type=int, default=1_000_000, help="adversarial large size")
    parser.add_argument("--quotes", default="10000,100000", help="dedup sizes")
    parser.add_argument(
        "--workers-docs", type=int, nargs="*", default=[3000], help="workers: more N than --docs"
    )
    parser.add_argument("--repeats", type=int, default=3, help="workers: runs each, best kept")
    parser.add_argument(
        "--adversarial-repeats", type=int, default=2, help="adversarial: runs each, best kept"
    )
    args = parser.parse_args()
    run = [section for section in SECTIONS if section not in args.skip]
    clock: Callable[[], float] = time.process_time if args.cpu else time.perf_counter
    texts = [release.text for release in generate(args.docs, args.seed)]
    summary: list[str] = [compile_package()]

    def section(title: str, lines: list[str]) -> None:
        print(f"\n== {title}\n" + "\n".join(lines), flush=True)

    if "stages" in run:
        tokenizer = tokenizer_seconds(texts, clock)
        stages, counts = stage_seconds(build_nlp(), texts, clock)
        lines = stage_report(texts, stages, tokenizer, counts)
        section(f"words/s and stages ({'CPU' if args.cpu else 'wall'} time)", lines)
        summary.append(lines[-1].replace("end-to-end / tokenizer", "words/s, pressfacts/bare"))
        real = eval_set_texts()
        stages, counts = stage_seconds(build_nlp(), real, clock)
        lines = stage_report(real, stages, tokenizer_seconds(real, clock), counts)
        section("words/s and stages on the eval sets' texts (real-length releases)", lines)
        summary.append(lines[-1].replace("end-to-end / tokenizer", "words/s on eval texts"))
    with tempfile.TemporaryDirectory() as tmp:
        if "workers" in run:
            workdir = Path(tmp) / "workers"
            startup = startup_seconds(workdir, args.repeats)
            for documents in dict.fromkeys([args.docs, *args.workers_docs]):
                lines = compare_workers(documents, workdir, args.repeats, startup)
                section(f"1 vs 2 workers, pressfacts run end to end, N={documents}", lines)
                summary.append(f"{lines[2]} (target >= 1.7); {lines[3]}")
        if "memory" in run:
            small = max(1, args.docs // 10)
            workdir = Path(tmp) / "memory"
            workdir.mkdir()
            lines = compare(
                run_memory(small, workdir, seed=args.seed),
                run_memory(args.docs, workdir, seed=args.seed),
                baseline_rss(workdir),
            )
            section(f"memory, pressfacts run on {small} and {args.docs} documents", lines)
            summary.append(lines[-1].split(": ", 1)[0] + ": " + lines[-1].split(", ")[-1])
    if "adversarial" in run:
        results = adversarial_ratios(args.small, args.large, args.adversarial_repeats)
        lines = [f"{'pattern':<18} {'small s':>9} {'large s':>9} {'ratio':>7}"]
        lines += [f"{p:<18} {s:9.3f} {b:9.3f} {b / s:7.1f}" for p, s, b in results]
        section(f"adversarial patterns, {args.large:,} / {args.small:,} characters", lines)
        worst = max(results, key=lambda item: item[2] / item[1])
        slowest = max(large for _, _, large in results)
        summary.append(
            f"adversarial: worst ratio {worst[2] / worst[1]:.1f} ({worst[0]}; target <= 12), "
            f"slowest large {slowest:.1f} s (target <= 30)"
        )
    if "dedup" in run:
        sizes = [int(size) for size in args.quotes.split(",")]
        runs = hidden_group_runs(sizes, clock)
        lines = hidden_report(runs, hidden_group_runs(sizes, clock, groups=[]))
        ratio = runs[-1].per_quote / runs[0].per_quote
        section(f"quote dedup ({'CPU' if args.cpu else 'wall'} time)", lines)
        summary.append(
            f"dedup: µs/quote ratio {ratio:.2f} (target <= 1.2), identical {all_identical(runs)}"
        )
    if "help" in run:
        seconds = help_seconds()
        section("startup", [f"pressfacts --help: {seconds:.3f} s (best of 5)"])
        summary.append(f"pressfacts --help: {seconds:.3f} s (target <= 0.3)")
    section("summary", summary)


if __name__ == "__main__":
    main()
