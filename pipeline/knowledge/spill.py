"""Blobs kept on disk until read: a run's interim bytes out of its resident memory.

Why: a run keeps every document's frozen partials (:mod:`~pressfacts.knowledge.frozen`)
until the cross-document merge, and every packed record
(:mod:`~pressfacts.knowledge.packed`) until the knowledge set is written. Even
compressed, held in memory they made the peak grow several times faster than the
output as the batch grows. :func:`spill` appends a blob to one unnamed temporary
file of the process (removed by the system when the process ends, however it ends)
and hands back a small :class:`Spilled` that reads it back; the memory left per blob
is that handle.

A handle pickles as its bytes and unpickles into the receiving process's own file,
so frozen partials still travel from worker processes to the parent. A forked child
does not write into its parent's file: each process opens its own, and a handle names
the file it was written to, so a child still reads the blobs its parent spilled. Reads and writes
are positional under a lock, so the thread that receives a worker's results may
spill while the main thread reads.
"""

from __future__ import annotations

import os
import tempfile
import threading
from typing import IO

_lock = threading.Lock()
_file: IO[bytes] | None = None
_owner = 0  # the process that opened _file
_size = 0
_inherited: list[IO[bytes]] = []
"""Spill files of parent processes, kept open in a forked child: its parent's handles
(copied by the fork) are still read here."""


def _open() -> int:
    """The descriptor of this process's spill file (opened at the first blob)."""
    global _file, _owner, _size
    if _file is None or _owner != os.getpid():  # none yet, or the parent's, inherited
        if _file is not None:
            _inherited.append(_file)
        _file = tempfile.TemporaryFile()  # noqa: SIM115 (lives as long as the process)
        _owner, _size = os.getpid(), 0
    return _file.fileno()


class Spilled:
    """A blob written to the spill file: where it lies, and a way back to its bytes."""

    __slots__ = ("descriptor", "length", "offset")

    def __init__(self, offset: int, length: int, descriptor: int) -> None:
        self.offset = offset
        self.length = length
        self.descriptor = descriptor  # the file written to: a forked child reads its parent's

    def read(self, start: int = 0, length: int | None = None) -> bytes:
        """The blob's bytes (``length`` of them from ``start``; all by default), read back
        from the spill file it was written to."""
        length = self.length - start if length is None else length
        with _lock:
            data = os.pread(self.descriptor, length, self.offset + start)
        if len(data) != length:
            raise OSError(f"spill file short read: {len(data)} of {length} bytes")
        return data

    def __reduce__(self) -> tuple[object, tuple[bytes]]:
        return spill, (self.read(),)


def spill(data: bytes) -> Spilled:
    """Write ``data`` to this process's spill file; the handle to read it back."""
    global _size
    with _lock:
        descriptor = _open()
        offset = _size
        written = 0
        while written < len(data):
            written += os.pwrite(descriptor, data[written:], offset + written)
        _size += len(data)
    return Spilled(offset, len(data), descriptor)
