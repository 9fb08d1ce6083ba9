"""Benchmark: ``pressfacts run`` with 1 and 2 worker processes on the same generated releases.

Generates N distinct releases (:mod:`corpus`), writes them as files, and runs the
command end to end in a child process with ``--workers 1`` and ``--workers 2``: each
time includes starting Python and building the pipeline (on Linux once, in the parent,
whose workers are forked from it; elsewhere once in each worker), as a user sees it.
Prints for each the wall time, documents per second and the CPU seconds of the run and
its workers (from ``os.wait4``: CPU beyond one worker's is the cost of parallelism),
then the speed-up and whether the two knowledge sets are the same bytes. Not a test:
timing depends on the machine and its load (a loaded machine has no two cores free).
Run: ``python benchmarks/bench_workers.py [--docs N]``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from corpus import generate


@dataclass(frozen=True)
class WorkersRun:
    """One ``pressfacts run --workers N``: wall and CPU seconds, and the output bytes."""

    workers: int
    seconds: float
    cpu: float
    output: bytes


def write_releases(count: int, folder: Path, seed: int = 11) -> Path:
    """``count`` generated releases as text files in ``folder`` (made); returns it."""
    folder.mkdir(parents=True, exist_ok=True)
    for number, release in enumerate(generate(count, seed)):
        (folder / f"{number:06d}.txt").write_text(release.text, encoding="utf-8")
    return folder


def run_workers(inputs: Path, out: Path, workers: int) -> WorkersRun:
    """``pressfacts run INPUTS --out OUT --workers N`` in a child process, timed."""
    command = [sys.executable, "-m", "pressfacts.cli", "run", str(inputs), "--out", str(out)]
    command += ["--quiet", "--workers", str(workers)]
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    errors = child.stderr.read().decode() if child.stderr else ""
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise RuntimeError(f"--workers {workers} failed: {errors[-500:]}")
    output = (out / "knowledge.jsonl").read_bytes()
    return WorkersRun(workers, seconds, usage.ru_utime + usage.ru_stime, output)


def compare_workers(documents: int, workdir: Path) -> list[str]:
    """Run 1 and 2 workers on the same ``documents`` releases; the report lines."""
    inputs = write_releases(documents, workdir / "in")
    runs = [run_workers(inputs, workdir / f"out-{n}", n) for n in (1, 2)]
    lines = [
        f"{run.workers} worker(s): {documents / run.seconds:7.1f} documents/s "
        f"({run.seconds:.1f} s wall, {run.cpu:.1f} s CPU)"
        for run in runs
    ]
    lines.append(f"speed-up, 2 workers over 1: {runs[0].seconds / runs[1].seconds:.2f}x")
    lines.append(f"same bytes: {runs[0].output == runs[1].output}")
    return lines


def main() -> None:
    """Time 1 and 2 workers on the same releases; print docs/s, speed-up, identity."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000, help="how many releases")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        print("\n".join(compare_workers(args.docs, Path(tmp))))


if __name__ == "__main__":
    main()
