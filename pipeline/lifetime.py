"""Objects made once for the whole of a run: modules and the pipeline, kept out of the GC.

Why: a run imports spaCy and builds the pipeline (hundreds of thousands of objects, all
kept to the end), then makes and drops many small objects per document. Python's cyclic
garbage collector, triggered by allocations, would walk the imports while they are still
being made (about a third of the start-up's CPU) and walk all of them again on every
full collection during the run. :func:`long_lived` pauses the collector while such
objects are made and then moves everything alive to the permanent generation
(:func:`gc.freeze`), which collections skip. Worker processes forked afterwards inherit
it, so their collections skip the pipeline too (and do not write to its pages). Only
for code that keeps what it makes: garbage made inside is never collected.

:func:`collector_paused` is the same pause without the freeze, for a step that builds
state it keeps to its own end (the quote merge's index over every quote of a batch):
each full collection meanwhile would walk all of it again, so their cost per item grew
with the batch. Garbage made inside that only reference counting cannot free (cycles)
waits for the first collection after.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def long_lived() -> Iterator[None]:
    """Make objects kept for the rest of the process: no collection meanwhile, then frozen."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic collection inside (reference counting still frees); restored after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
