"""Writing the knowledge set: JSON Lines from the models, atomically, one run at a time.

The file is written to a temporary file in the output folder, flushed to disk, then
renamed over ``knowledge.jsonl``: an interrupted run leaves the previous file whole.
Side files written with it (``partials.jsonl``, ``renamed-ids.jsonl``) are written to
temporary files too and renamed together with it, all or none.
:func:`open_output` checks the folder before any work is done (it is a folder, or can
be made one, and is writable), takes a lock on it so that a second run into the same
folder fails at once instead of losing one run's work, and removes the temporary files
of runs that were killed. The file gets the mode the umask allows, like any file the
user creates. U+2028, U+2029 and U+0085 are escaped in the output, since readers that
split lines on them (Python's ``str.splitlines``, many JSON tools) would break a line.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Protocol

from pydantic import BaseModel

from pressfacts.models.records import RECORD_ADAPTER, Record

try:
    import fcntl
except ImportError:  # pragma: no cover - not on Windows: runs there are not locked
    fcntl = None  # type: ignore[assignment]

KNOWLEDGE_FILE = "knowledge.jsonl"
LOCK_FILE = ".knowledge.lock"
TEMP_PREFIX, TEMP_SUFFIX = ".knowledge-", ".tmp"
_LINE_BREAKERS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\u0085": "\\u0085"}
"""Characters json.dumps(ensure_ascii=False) leaves raw that some readers take as line ends."""


class OutputError(OSError):
    """The output folder cannot be used; the message is one line for the user."""


class JsonLine(str):
    """A line already serialised as this module writes it: written as it is."""


class SerialisedRecord(Protocol):
    """A record that holds its line already serialised (a packed record)."""

    def json_line(self) -> JsonLine:
        """The record's line, as :func:`json_line` made it."""


class StreamedRecord(Protocol):
    """A record that writes its own line (a packed record: from its compressed bytes,
    piece by piece, so a long line is never whole in memory)."""

    def write_line(self, handle: IO[bytes]) -> None:
        """Write the record's line, UTF-8, without the line end."""


def _has_method(value: object, name: str) -> bool:
    """Whether ``value``'s class has a method ``name``: the check of the protocols above,
    asked of the class (``isinstance`` on a runtime protocol costs about 10 µs a record,
    and the write asks it of every line)."""
    return callable(getattr(type(value), name, None))


def _record_line(record: BaseModel | SerialisedRecord) -> object:
    """What to write for a record: itself when it writes its own line, its serialised
    line when it holds one, else its data."""
    if _has_method(record, "write_line"):
        return record
    if _has_method(record, "json_line"):
        return record.json_line()  # type: ignore[union-attr]
    return record.model_dump(mode="json")  # type: ignore[union-attr]


def json_line(value: object) -> JsonLine:
    """``value`` serialised as a line of the output (where the work is cheaper to do
    early, as in a worker process), to be written later as it is."""
    return JsonLine(_dumps(value))


def _dumps(value: object) -> str:
    if isinstance(value, JsonLine):
        return value
    line = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    # these characters can only occur inside JSON strings, where a \\u escape is valid
    for raw, escaped in _LINE_BREAKERS.items():
        if raw in line:
            line = line.replace(raw, escaped)
    return line


def check_output_folder(out_dir: Path) -> None:
    """Raise :class:`OutputError` when ``out_dir`` cannot be or become a writable folder."""
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"--out {out_dir} is a file, not a folder")
    for parent in out_dir.parents:
        if parent.exists():
            if not parent.is_dir():
                raise OutputError(f"--out {out_dir} lies under a file ({parent})")
            break
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"--out {out_dir} cannot be created: {error.strerror}") from error
    if not os.access(out_dir, os.W_OK | os.X_OK):
        raise OutputError(f"--out {out_dir} is not writable")


@contextmanager
def open_output(out_dir: Path) -> Iterator[Path]:
    """Check and lock the output folder for one run; yields the folder.

    Raises:
        OutputError: the folder is unusable, or another run holds its lock.
    """
    check_output_folder(out_dir)
    try:
        lock = os.open(out_dir / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as error:
        raise OutputError(f"--out {out_dir} is not writable: {error.strerror}") from error
    try:
        if fcntl is not None:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as error:
                raise OutputError(
                    f"another run is writing to {out_dir} (it holds {out_dir / LOCK_FILE})"
                ) from error
        remove_stale_temporary_files(out_dir)
        yield out_dir
    finally:
        os.close(lock)  # closing releases the lock


def remove_stale_temporary_files(out_dir: Path) -> list[Path]:
    """Remove the temporary files killed runs left in ``out_dir`` (call with the lock held)."""
    stale = sorted(out_dir.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"))
    for path in stale:
        path.unlink(missing_ok=True)
    return stale


def _umask_mode() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file, hex (a side file names the knowledge set it belongs to)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def _write_temporary(lines: Iterable[object], out_dir: Path, sync: bool = True) -> Path:
    """``lines`` as JSON Lines in a new temporary file of ``out_dir``, flushed to disk
    (unless not ``sync``: a file still to be changed, then synced, :func:`_filled`)."""
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 (closed below; renamed after close)
        "wb", dir=out_dir, prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, delete=False
    )
    try:
        with handle:
            for line in lines:
                if _has_method(line, "write_line"):
                    line.write_line(handle)  # type: ignore[attr-defined]
                else:
                    handle.write(_dumps(line).encode("utf-8"))
                handle.write(b"\n")
            handle.flush()
            os.fchmod(handle.fileno(), _umask_mode())
            if sync:
                os.fsync(handle.fileno())
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
    return Path(handle.name)


def _keep_copy(target: Path) -> Path:
    """A temporary hard link (else copy) of ``target``, to put back if a later step fails."""
    backup = target.parent / f"{TEMP_PREFIX}{secrets.token_hex(8)}{TEMP_SUFFIX}"
    try:
        os.link(target, backup)
    except OSError:
        shutil.copy2(target, backup)
    return backup


def _replace_all(moves: list[tuple[Path, Path]]) -> None:
    """Rename each temporary file over its target, all or none: when one rename fails the
    targets already replaced get their previous content back (or go, if they were new)."""
    backups: list[tuple[Path | None, Path]] = []
    try:
        for _, target in moves:
            backups.append((_keep_copy(target) if target.exists() else None, target))
        for temporary, target in moves:
            os.replace(temporary, target)
    except BaseException:
        for backup, target in backups:
            if backup is not None:
                os.replace(backup, target)
            else:
                target.unlink(missing_ok=True)
        raise
    finally:
        for backup, _ in backups:
            if backup is not None:
                backup.unlink(missing_ok=True)
        for temporary, _ in moves:
            temporary.unlink(missing_ok=True)


SHA_PLACEHOLDER = "0" * 64
"""Where a side file written ahead (:func:`write_ahead`) takes the knowledge set's SHA-256."""


@dataclass(frozen=True)
class Prewritten:
    """A side file written ahead to a temporary file of the output folder: all its bytes
    but the knowledge set's SHA-256, a :data:`SHA_PLACEHOLDER` at byte ``offset``."""

    path: Path
    offset: int


def write_ahead(lines: Iterable[object], out_dir: Path) -> Prewritten:
    """``lines`` written ahead as a side file whose first line holds (last) the
    :data:`SHA_PLACEHOLDER`, to be filled in when the knowledge set is written.

    Why: the side file can then be written while the knowledge set is still being
    merged (in another process, :mod:`~pressfacts.knowledge.beside`), and the write of
    the set only fills in 64 bytes."""
    path = _write_temporary(lines, out_dir, sync=False)
    try:
        with path.open("rb") as handle:
            offset = handle.readline().rfind(SHA_PLACEHOLDER.encode("ascii"))
        if offset < 0:
            raise ValueError(f"no SHA-256 placeholder in the first line of {path.name}")
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return Prewritten(path, offset)


def _filled(prewritten: Prewritten, sha: str) -> Path:
    """The file written ahead with ``sha`` in its placeholder, flushed to disk."""
    with prewritten.path.open("r+b") as handle:
        handle.seek(prewritten.offset)
        handle.write(sha.encode("ascii"))
        handle.flush()
        os.fsync(handle.fileno())
    return prewritten.path


SideFiles = Callable[[str], Mapping[str, Iterable[object] | Prewritten]]
"""Given the SHA-256 of the knowledge set written, the side files to write with it:
file name -> JSON lines, or the file written ahead (:func:`write_ahead`)."""


def write_knowledge_set(
    records: Iterable[BaseModel], out_dir: Path, side_files: SideFiles | None = None
) -> Path:
    """Write ``records`` to ``out_dir/knowledge.jsonl`` atomically; return its path.

    ``side_files`` (``partials.jsonl``, ``renamed-ids.jsonl``) are written in the same
    step: every file is written to a temporary file first, then all are renamed over
    their targets, the knowledge set last; if anything fails, ``out_dir`` keeps its
    previous files.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / KNOWLEDGE_FILE
    written = _write_temporary(map(_record_line, records), out_dir)
    moves: list[tuple[Path, Path]] = []
    try:
        if side_files is not None:
            sha = file_sha256(written)
            for name, lines in side_files(sha).items():
                temporary = (
                    _filled(lines, sha)
                    if isinstance(lines, Prewritten)
                    else _write_temporary(lines, out_dir)
                )
                moves.append((temporary, out_dir / name))
        moves.append((written, target))
        _replace_all(moves)
    except BaseException:
        for temporary in (written, *(temporary for temporary, _ in moves)):
            temporary.unlink(missing_ok=True)
        raise
    return target


def read_knowledge_set(path: Path) -> Iterator[Record]:
    """Read and validate every line of a knowledge set file.

    Raises:
        ValueError: a line is not a valid record; the message names the file and line.
    """
    import jsonlines  # only readers need it (with attrs, 12 ms of every run's start-up)

    with jsonlines.open(path) as reader:
        for number, line in enumerate(reader, start=1):
            try:
                yield RECORD_ADAPTER.validate_python(line)
            except ValueError as error:
                raise ValueError(f"{path.name}:{number}: {error}") from error
