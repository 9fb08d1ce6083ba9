"""One job in a forked child process, beside the parent's own work.

Why: at the end of a run with workers, the parent merges every document's partial
records alone while the workers' cores are idle. A piece of that merge which needs
nothing from the rest (the statistics need neither entities nor quotes) can run in a
child forked at the start of the merge: the child sees the parent's partial records
as they are (no copy through a pipe), and only its small result comes back.
How: :func:`beside` forks one process (a pool of one, so the result and any error come
back as from a worker) and runs the job there; the job is handed over as a module
global before the fork, never pickled. Where fork is unsafe or missing (not Linux),
the job runs in the parent, at once; a child that dies (killed, out of memory) costs
only time: the job is run again in the parent.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool as BrokenExecutor
from contextlib import contextmanager
from typing import Any, Generic, Protocol, TypeVar

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

FORK = sys.platform == "linux"
"""Fork the child (else run the job in the parent)."""

_job: Callable[[], Any] | None = None


class Result(Protocol[T_co]):
    """A job's result to come: a future, or a value already there."""

    def result(self) -> T_co:
        """The job's value (waits for it; raises what the job raised)."""


class _Done(Generic[T]):
    def __init__(self, value: T) -> None:
        self.value = value

    def result(self) -> T:
        return self.value


class _Forked(Generic[T]):
    """The child's result; the job again, here, if the child died."""

    def __init__(self, future: Future[T], job: Callable[[], T]) -> None:
        self.future, self.job = future, job

    def result(self) -> T:
        try:
            return self.future.result()
        except BrokenExecutor:
            return self.job()


def _run_job() -> Any:
    """In the child: the job inherited from the parent."""
    assert _job is not None, "child forked without its job"
    return _job()


@contextmanager
def beside(job: Callable[[], T]) -> Iterator[Result[T]]:
    """Run ``job`` in a forked child while the block runs in the parent; yields its result.

    The child is forked on entry, so it sees the objects as they are then; leave
    them unchanged in the block. The child ends when the block does.
    """
    global _job
    if not FORK:
        yield _Done(job())
        return
    _job = job
    try:
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
            yield _Forked(pool.submit(_run_job), job)  # the pool forks its process here
    finally:
        _job = None
