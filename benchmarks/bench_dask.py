"""Benchmark: the local engine against ``--engine dask`` on the same generated releases.

Generates N distinct releases (:mod:`corpus`), builds the knowledge set in one local
process, then twice on one Dask cluster (a LocalCluster of ``--workers`` processes, or
the scheduler given by ``--scheduler``): cold (each worker builds its pipeline on its
first task) and warm (pipelines built). Prints for each: documents per second, wall
time, and CPU seconds (of this process, and of the workers, asked with ``client.run``),
then the speed-ups and whether the knowledge sets are the same bytes. CPU seconds are
the figure to read on a busy machine: wall time there measures the neighbours too. Not
a test: timing depends on the machine and its load.
Run: ``python benchmarks/bench_dask.py [--docs N] [--workers N] [--scheduler ADDRESS]``.
"""

from __future__ import annotations

import argparse
import time

from corpus import generate

from pressfacts import build_nlp
from pressfacts.knowledge.build import build_knowledge_set
from pressfacts.knowledge.dask_engine import connect
from pressfacts.reader.read import SourceDocument


def _dump(records: list) -> str:
    return "\n".join(record.model_dump_json() for record in records)


def main() -> None:
    """Time the local engine and the Dask engine on the same releases; print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=600, help="how many releases")
    parser.add_argument("--workers", type=int, default=2, help="local cluster processes")
    parser.add_argument("--scheduler", help="a running scheduler instead of a local cluster")
    args = parser.parse_args()
    sources = [SourceDocument(source=r.source, text=r.text) for r in generate(args.docs)]
    nlp = build_nlp()

    wall, cpu = time.perf_counter(), time.process_time()
    local = _dump(build_knowledge_set(sources, nlp))
    local_wall, local_cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(
        f"local, 1 process: {args.docs / local_wall:7.1f} documents/s, "
        f"{local_wall:.1f} s wall, {local_cpu:.1f} s CPU"
    )

    started = time.perf_counter()
    with connect(args.scheduler, args.workers) as client:
        where = args.scheduler or f"a local cluster of {args.workers}"
        print(f"{where}: connected in {time.perf_counter() - started:.1f} s")
        for run in ("cold", "warm"):
            before = client.run(time.process_time)
            wall, cpu = time.perf_counter(), time.process_time()
            records = build_knowledge_set(
                sources, None, engine="dask", scheduler=client.scheduler.address
            )
            dask_wall, dask_cpu = time.perf_counter() - wall, time.process_time() - cpu
            after = client.run(time.process_time)
            workers_cpu = sum(after[worker] - before[worker] for worker in before)
            print(
                f"dask, {run}: {args.docs / dask_wall:7.1f} documents/s, {dask_wall:.1f} s wall, "
                f"{dask_cpu:.1f} s CPU here + {workers_cpu:.1f} s in {len(before)} workers; "
                f"wall speed-up over local {local_wall / dask_wall:.2f}x, "
                f"CPU over local {(dask_cpu + workers_cpu) / local_cpu:.2f}x; "
                f"same bytes: {_dump(records) == local}"
            )


if __name__ == "__main__":
    main()
