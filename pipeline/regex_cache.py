"""Compiled regular expressions kept on disk between runs of ``pressfacts run``.

Why: every start of ``pressfacts run`` compiles about 500 regular expressions (the
pipeline's title, place and period alternations, some of 16,000 characters, and
spaCy's tokenizer affixes) before a worker can start. Python parses and compiles a
pattern in pure Python, about 0.15 s of CPU at each start, always to the same result.
How: :func:`enable` puts a cache in front of the standard library's pattern compiler
(``re._compiler.compile``, which ``re.compile`` calls on a miss of its own in-process
cache): a pattern compiled before is rebuilt from its stored compiled code with
``_sre.compile``, the very call the compiler ends with, so the pattern object is the
same. The file is named by the Python version and the regex engine's ``MAGIC``, and
keyed by pattern text and flags, so a stale entry cannot be read: a changed pattern is
another key. At exit, if a pattern was missing, the file is written again (atomically)
with the patterns this process compiled. Any problem (no such compiler internals, an
unreadable or unwritable file) leaves ``re`` as it is: the cache only saves time.
:func:`remembered` keeps other values derived from patterns in the same file (the
statistics rules' opening words, :mod:`pressfacts.statistics.rule_leads`), keyed by
what they depend on. Only the ``pressfacts run`` command enables it, for its own
process; the library's ``import pressfacts`` leaves ``re`` alone.
``PRESSFACTS_REGEX_CACHE=0`` turns it off. Enabling it also gives each pattern compiled
after it the first characters a match can start with (:mod:`pressfacts.regex_starts`),
which the file's code then holds (:data:`CODE_KIND` names the file).
"""

from __future__ import annotations

import atexit
import marshal
import os
import sys
import tempfile
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

CacheEntry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
"""A compiled pattern: flags, code (machine words as bytes), groups, group index, group names."""

CODE_KIND = "starts2"
"""Names what the compiled code holds beyond the standard compiler's: the first-character
sets of :mod:`pressfacts.regex_starts` (code kept without them is another file)."""

_state: dict[str, Any] = {}


def cache_path() -> Path:
    """The cache file: ``$XDG_CACHE_HOME/pressfacts`` (else ``~/.cache/pressfacts``), named
    by the Python version and the regex engine's magic number."""
    import _sre

    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    version = "".join(map(str, sys.version_info[:2]))
    name = f"regex-{sys.implementation.name}{version}-{_sre.MAGIC}-{CODE_KIND}.bin"
    return Path(base) / "pressfacts" / name


def enable(path: Path | None = None) -> bool:
    """Compile regular expressions through the cache at ``path`` (:func:`cache_path`)
    for the rest of the process; False (nothing changed) where that cannot work."""
    if _state or os.environ.get("PRESSFACTS_REGEX_CACHE") == "0":
        return bool(_state)
    try:
        import _sre
        from re import _compiler, _constants, _parser  # type: ignore[attr-defined]  # 3.11+
    except ImportError:
        return False
    debug = int(_constants.SRE_FLAG_DEBUG)
    if array("I").itemsize != _sre.CODESIZE:
        return False
    try:
        path = cache_path() if path is None else path
    except (RuntimeError, KeyError):  # no home folder to keep it in
        return False
    try:
        stored: dict[tuple[str, int], CacheEntry] = marshal.loads(path.read_bytes())
        if not isinstance(stored, dict):
            stored = {}
    except (OSError, EOFError, ValueError, TypeError):
        stored = {}
    original = _compiler.compile
    used: dict[tuple[str, int], CacheEntry] = {}

    def compile_cached(pattern: Any, flags: int = 0) -> Any:
        if not isinstance(pattern, str) or flags & debug:
            return original(pattern, flags)
        key = (pattern, int(flags))
        entry = stored.get(key)
        if entry is None:
            entry = _compiled(pattern, int(flags), _parser, _compiler)
            _state["missed"] = True
        used[key] = entry
        final_flags, code, groups, index, names = entry
        return _sre.compile(pattern, final_flags, array("I", code).tolist(), groups, index, names)

    try:  # the cached path must give what the compiler gives, here, before it is used
        probe = r"(?P<word>\w+)[ \t]*(?i:x)?\d{2,5}$"
        if compile_cached(probe).pattern != original(probe).pattern:
            return False
    except Exception:
        return False
    used.clear()
    from pressfacts.regex_starts import install as give_first_characters

    give_first_characters()  # once enabled: the code compiled and kept holds the sets
    _state.update(
        path=path, stored=stored, used=used, original=original, missed=False, pid=os.getpid()
    )
    _compiler.compile = compile_cached
    atexit.register(_save)
    return True


def is_enabled() -> bool:
    """Whether this process compiles through the cache (so :func:`remembered` keeps values)."""
    return bool(_state)


def remembered(kind: str, key: tuple[Any, ...], make: Callable[[], T]) -> T:
    """``make()``, kept in the cache file under ``kind`` and ``key`` when the cache is
    enabled (else made each time). ``key`` must name all the value depends on (the
    pattern, its flags, a digest of the code that derives it), and the value must be
    something :mod:`marshal` keeps (None, numbers, strings, tuples)."""
    if not _state:
        return make()
    full = (kind, *key)
    if full in _state["stored"]:
        value: T = _state["stored"][full]
    else:
        value = make()
        _state["missed"] = True
    _state["used"][full] = value
    return value


def _compiled(pattern: str, flags: int, parser: Any, compiler: Any) -> CacheEntry:
    """What the standard compiler hands to ``_sre.compile`` for ``pattern``."""
    parsed = parser.parse(pattern, flags)
    code = array("I", compiler._code(parsed, flags)).tobytes()
    index = dict(parsed.state.groupdict)
    names: list[str | None] = [None] * parsed.state.groups
    for name, number in index.items():
        names[number] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, index, tuple(names)


def _save() -> None:
    """At exit: write the patterns this process compiled, if one was not in the file."""
    if not _state.get("missed") or _state.get("pid") != os.getpid():  # not a forked child
        return
    path: Path = _state["path"]
    written = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as out:
            written = out.name
            out.write(marshal.dumps(_state["used"]))
        os.replace(written, path)
    except (OSError, ValueError):
        if written is not None:
            Path(written).unlink(missing_ok=True)


def disable() -> None:
    """Put the standard compiler back (tests)."""
    if not _state:
        return
    from re import _compiler  # type: ignore[attr-defined]

    _compiler.compile = _state["original"]
    atexit.unregister(_save)
    _state.clear()
