"""Benchmark: ``pressfacts run`` with 1 and 2 worker processes on the same generated releases.

Generates N distinct releases (:mod:`corpus`), writes them as files, and runs the
command end to end in a child process with ``--workers 1`` and ``--workers 2``: each
time includes starting Python and building the pipeline (on Linux once, in the parent,
whose workers are forked from it; elsewhere once in each worker), as a user sees it.
The two are run in turn ``--repeats`` times and the best wall time of each is kept (on a
shared machine the best run is the one least slowed by others). Prints for each the
wall time, documents per second and the CPU seconds of the run and its workers (from
``os.wait4``: CPU beyond one worker's is the cost of parallelism), then the speed-up
and whether the two knowledge sets are the same bytes. Also the start-up, the best
wall time of the same command on one document (Python, the imports and the pipeline:
paid once, by the parent, whatever the workers), and the speed-up of what follows it.
Not a test: timing depends on the machine and its load (a loaded machine has no two
cores free). Run: ``python benchmarks/bench_workers.py [--docs N ...] [--repeats R]``.
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

from bytecode import compile_package
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


def best_runs(
    inputs: Path, workdir: Path, counts: tuple[int, ...], repeats: int
) -> list[WorkersRun]:
    """The best (least wall time) of ``repeats`` runs for each number of workers, taken
    in turn so that a spell of load on the machine falls on both."""
    best: dict[int, WorkersRun] = {}
    for _ in range(max(repeats, 1)):
        for workers in counts:
            run = run_workers(inputs, workdir / f"out-{workers}", workers)
            if workers not in best or run.seconds < best[workers].seconds:
                best[workers] = run
    return [best[workers] for workers in counts]


def startup_seconds(workdir: Path, repeats: int = 3) -> float:
    """The best wall time of ``pressfacts run`` on one document: the fixed cost of a run."""
    inputs = write_releases(1, workdir / "one")
    return best_runs(inputs, workdir, (1,), repeats)[0].seconds


def compare_workers(
    documents: int, workdir: Path, repeats: int = 3, startup: float | None = None
) -> list[str]:
    """Run 1 and 2 workers on the same ``documents`` releases; the report lines (the
    third is the speed-up, the fourth whether the bytes are the same). ``startup``: the
    fixed cost (:func:`startup_seconds`), measured here when not given."""
    inputs = write_releases(documents, workdir / f"in-{documents}")
    runs = best_runs(inputs, workdir, (1, 2), repeats)
    startup = startup_seconds(workdir, repeats) if startup is None else startup
    one, two = runs
    lines = [
        f"{run.workers} worker(s), N={documents}: {documents / run.seconds:7.1f} documents/s "
        f"({run.seconds:.2f} s wall, best of {repeats}; {run.cpu:.2f} s CPU)"
        for run in runs
    ]
    lines.append(f"speed-up, 2 workers over 1, N={documents}: {one.seconds / two.seconds:.2f}x")
    lines.append(f"same bytes: {one.output == two.output}")
    after = (one.seconds - startup) / max(two.seconds - startup, 1e-9)
    lines.append(
        f"start-up (one document, best of {repeats}): {startup:.2f} s; "
        f"speed-up of the rest: {after:.2f}x"
    )
    return lines


def main() -> None:
    """Time 1 and 2 workers on the same releases; print docs/s, speed-up, identity."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, nargs="+", default=[1000], help="N (one or more)")
    parser.add_argument("--repeats", type=int, default=3, help="runs of each; the best is kept")
    args = parser.parse_args()
    print(compile_package())
    with tempfile.TemporaryDirectory() as tmp:
        startup = startup_seconds(Path(tmp), args.repeats)
        for documents in args.docs:
            print("\n".join(compare_workers(documents, Path(tmp), args.repeats, startup)))


if __name__ == "__main__":
    main()
