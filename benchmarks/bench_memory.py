"""Benchmark: peak memory of ``pressfacts run`` on N and 10N documents, against the output.

Generates N and 10N distinct releases (:mod:`corpus`), writes them as files, and runs
``pressfacts run`` on each in a child process; the child's peak resident set size is
read from ``os.wait4`` in a small process that starts it (Linux keeps a peak over
exec, so the child of a large process would report the large one's). The baseline is
the same command on one short release: the memory any run needs whatever its size (the
pipeline, its resources, the merge's machinery). Printed for each size: peak RSS, the
growth beyond the baseline, and the size of ``knowledge.jsonl``; then the growth of
each from N to 10N, in bytes per document and as a ratio. The issue's target: peak RSS
grows no faster than the output, at most 1.5 times the output's growth. Not a test.
Run: ``python benchmarks/bench_memory.py [--docs N]``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from corpus import generate

_BASELINE_TEXT = "Kent Police said 12 people were arrested in Maidstone in 2023.\n"


@dataclass(frozen=True)
class MemoryRun:
    """One ``pressfacts run``: documents, its peak RSS and output size, in bytes."""

    documents: int
    peak: int
    output: int


# Linux carries a process's peak RSS over exec: a child started from this (large)
# process would report at least this process's peak. So a small Python process starts
# the command and reports the peak its own child reached (kilobytes on Linux).
_MEASURE = (
    "import os, subprocess, sys\n"
    "child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
    "errors = child.stderr.read()\n"
    "_, status, usage = os.wait4(child.pid, 0)\n"
    "sys.stderr.buffer.write(errors[-500:])\n"
    "print(os.waitstatus_to_exitcode(status), usage.ru_maxrss)\n"
)


def peak_rss(command: list[str]) -> int:
    """The peak resident set size of ``command`` run as a child process, in bytes."""
    result = subprocess.run(
        [sys.executable, "-c", _MEASURE, *command], capture_output=True, text=True, check=True
    )
    code, peak = (int(field) for field in result.stdout.split())
    if code not in (0, 1):  # 1: some documents in error, still a run
        raise RuntimeError(f"{command[:3]} failed ({code}): {result.stderr}")
    return peak * 1024


def _run_command(inputs: Path, out: Path, workers: int) -> list[str]:
    """``pressfacts run`` of ``inputs`` into ``out``, quiet, as a child process runs it."""
    command = [sys.executable, "-m", "pressfacts.cli", "run", str(inputs), "--out", str(out)]
    return [*command, "--quiet", "--workers", str(workers)]


def baseline_rss(workdir: Path, workers: int = 1) -> int:
    """Peak RSS of ``pressfacts run`` on one short release."""
    inputs = workdir / "in-baseline"
    inputs.mkdir()
    (inputs / "one.txt").write_text(_BASELINE_TEXT, encoding="utf-8")
    return peak_rss(_run_command(inputs, workdir / "out-baseline", workers))


def run_memory(documents: int, workdir: Path, workers: int = 1, seed: int = 11) -> MemoryRun:
    """``pressfacts run`` on ``documents`` generated releases: peak RSS and output size."""
    inputs, out = workdir / f"in-{documents}", workdir / f"out-{documents}"
    inputs.mkdir()
    for number, release in enumerate(generate(documents, seed)):
        (inputs / f"{number:06d}.txt").write_text(release.text, encoding="utf-8")
    peak = peak_rss(_run_command(inputs, out, workers))
    return MemoryRun(documents, peak, (out / "knowledge.jsonl").stat().st_size)


def compare(small: MemoryRun, large: MemoryRun, base: int) -> list[str]:
    """The report lines: each run, then the growth from the small run to the large."""
    mb = 1024 * 1024
    lines = [f"baseline (pressfacts run, one release): {base / mb:7.1f} MB"]
    for run in (small, large):
        lines.append(
            f"{run.documents:6d} docs: peak {run.peak / mb:7.1f} MB, "
            f"beyond baseline {(run.peak - base) / mb:7.1f} MB, output {run.output / mb:6.2f} MB"
        )
    docs = large.documents - small.documents
    rss_growth, out_growth = large.peak - small.peak, large.output - small.output
    lines.append(
        f"growth {small.documents}->{large.documents} docs: peak RSS "
        f"{rss_growth / docs / 1024:.1f} KB/doc, output {out_growth / docs / 1024:.1f} KB/doc, "
        f"RSS growth / output growth {rss_growth / out_growth:.2f} (target <= 1.5)"
    )
    return lines


def main() -> None:
    """Measure N and 10N documents; print peak RSS, output size, and their growth."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200, help="N (the large run is 10N)")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = baseline_rss(Path(tmp), args.workers)
        small = run_memory(args.docs, Path(tmp), args.workers)
        large = run_memory(args.docs * 10, Path(tmp), args.workers)
    print("\n".join(compare(small, large, base)))


if __name__ == "__main__":
    main()
