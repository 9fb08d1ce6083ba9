"""Input arguments to input paths, and reading one path's bytes without ever blocking.

Why this care: an input list is given by a user or a script, and a folder may hold
anything. A FIFO or a device would block ``read()`` for ever, a looping symlink raises
deep in the standard library, and a skipped file is work lost in silence. So a folder
walk returns every file it finds (hidden files, the folder's own notes and ``gold/``
annotation folders aside), including the ones that cannot be read, and
:func:`read_regular_file` opens a path only when it is a regular file, without blocking.
"""

from __future__ import annotations

import errno
import glob
import os
import stat
from collections.abc import Iterable, Iterator

from pressfacts.reader.decoding import InputError

STDIN = "-"
"""The input argument that means standard input."""
CORPUS_NOTES = ("readme", "notes", "changelog", "license", "sources")
"""A folder's own documentation (``README.md``, ``NOTES.md``) is not a press release."""
ANNOTATION_FOLDERS = ("gold",)
"""Sub-folders of gold annotations (``seeds/gold``), which ``pressfacts eval`` reads."""


def expand_inputs(arguments: Iterable[str]) -> list[str]:
    """Files, folders (recursively) and globs -> input paths, sorted, without repeats.

    A path that does not exist and matches no glob is kept as it is, so that it is
    reported as a document in error rather than silently dropped; so is every file a
    folder holds, whatever its type (see :func:`read_regular_file`).
    """
    found: dict[str, None] = {}
    for argument in arguments:
        if argument == STDIN:
            found.setdefault(STDIN, None)
        elif os.path.isdir(argument):
            found.update(dict.fromkeys(walk_folder(argument)))
        elif os.path.lexists(argument):
            found.setdefault(argument, None)
        else:
            matches = sorted(glob.glob(argument, recursive=True))
            for match in matches or [argument]:
                if os.path.isdir(match):
                    found.update(dict.fromkeys(walk_folder(match)))
                else:
                    found.setdefault(match, None)
    return list(found)


def walk_folder(folder: str) -> Iterator[str]:
    """Every candidate input under ``folder``, in path order; a linked folder is walked
    once (a symlink loop ends the descent)."""
    seen: set[str] = set()
    paths: list[str] = []
    for root, folders, files in os.walk(folder, followlinks=True):
        real = os.path.realpath(root)
        if real in seen:
            folders[:] = []
            continue
        seen.add(real)
        folders[:] = [
            name
            for name in folders
            if not name.startswith(".") and name.lower() not in ANNOTATION_FOLDERS
        ]
        paths += [os.path.join(root, name) for name in files if _is_candidate(name)]
    yield from sorted(paths, key=path_parts)


# Input paths stay strings here: a ``Path`` interns every part of its path, and the
# interpreter's table of interned strings, grown by a folder of thousands of files, is
# held to the end of the run (a step of megabytes in its peak memory).


def path_parts(path: str) -> list[str]:
    """``path``'s parts, as ``Path(path).parts`` orders paths under one folder."""
    return [part for part in path.split(os.sep) if part and part != "."]


def file_suffix(path: str) -> str:
    """``path``'s suffix as ``Path(path).suffix`` gives it ("" for "name." or ".name")."""
    suffix = os.path.splitext(os.path.basename(path))[1]
    return "" if suffix == "." else suffix


def _is_candidate(name: str) -> bool:
    stem = os.path.splitext(name)[0]
    return not name.startswith(".") and stem.lower() not in CORPUS_NOTES


def read_regular_file(source: str) -> bytes:
    """The bytes of a regular file; never opens a FIFO, socket or device.

    Raises:
        InputError: the path is missing, a broken or looping link, not a regular file,
            or unreadable; the message is one line.
    """
    try:
        info = os.stat(source)
    except FileNotFoundError as error:
        if os.path.islink(source):
            raise InputError(f"broken symbolic link (to {os.readlink(source)})") from error
        raise InputError("no such file") from error
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise InputError("symbolic link loop") from error
        raise InputError(f"unreadable: {error.strerror or error}") from error
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"not a regular file ({_file_kind(info.st_mode)})")
    try:
        # O_NONBLOCK: if the path was swapped for a FIFO since the stat, open does not block
        descriptor = os.open(source, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise InputError(f"unreadable: {error.strerror or error}") from error
    with os.fdopen(descriptor, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise InputError("not a regular file")
        try:
            return handle.read()
        except OSError as error:
            raise InputError(f"unreadable: {error.strerror or error}") from error


def _file_kind(mode: int) -> str:
    kinds = (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
    )
    return next((label for test, label in kinds if test(mode)), "not a file")
