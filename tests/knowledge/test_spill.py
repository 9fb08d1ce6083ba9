"""Blobs spilled to disk: read back whole, across pickling, and in a forked child.

A run keeps its frozen partials and packed records in one unnamed temporary file per
process (``pressfacts.knowledge.spill``); a handle must give back exactly the bytes
written, carry them when pickled to another process, and a forked child must write
to its own file, never into its parent's.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle

import pytest

from pressfacts.knowledge.spill import Spilled, spill

BLOBS = [
    b"",
    b"x",
    b"\x00\xff" * 3,
    "words with accents: café, naïve".encode(),
    bytes(range(256)) * 500,  # larger than one write buffer
]


@pytest.mark.parametrize("blob", BLOBS)
def test_a_spilled_blob_reads_back_the_same(blob: bytes) -> None:
    handle = spill(blob)
    spill(b"another blob written after it")
    assert handle.read() == blob


@pytest.mark.parametrize("blob", BLOBS)
def test_a_pickled_handle_carries_its_bytes(blob: bytes) -> None:
    copy = pickle.loads(pickle.dumps(spill(blob)))
    assert isinstance(copy, Spilled)
    assert copy.read() == blob


def _child_spills(queue: multiprocessing.Queue[bytes]) -> None:
    queue.put(pickle.dumps(spill(b"written by the child " * 50)))


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork only")
def test_a_forked_child_does_not_write_into_the_parents_file() -> None:
    before = spill(b"the parent's blob, written before the fork")
    context = multiprocessing.get_context("fork")
    queue: multiprocessing.Queue[bytes] = context.Queue()
    child = context.Process(target=_child_spills, args=(queue,))
    child.start()
    received = pickle.loads(queue.get(timeout=60))
    child.join(timeout=60)
    assert received.read() == b"written by the child " * 50
    assert before.read() == b"the parent's blob, written before the fork"


_PARENTS = spill(b"spilled by the parent before any child was forked")


def _child_reads_the_parents_blob(queue: multiprocessing.Queue[bytes]) -> None:
    own = spill(b"the child's own blob")  # the child now writes to a file of its own
    queue.put(_PARENTS.read() + b" | " + own.read())


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork only")
def test_a_forked_child_reads_what_its_parent_spilled() -> None:
    context = multiprocessing.get_context("fork")
    queue: multiprocessing.Queue[bytes] = context.Queue()
    child = context.Process(target=_child_reads_the_parents_blob, args=(queue,))
    child.start()
    read = queue.get(timeout=60)
    child.join(timeout=60)
    assert read == b"spilled by the parent before any child was forked | the child's own blob"
