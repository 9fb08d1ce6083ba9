"""The characters a regex match can start with, handed to the regex engine.

Why: a search skips quickly over a text only where the compiled pattern says which
characters a match can start with; the standard compiler reads that only from a pattern
opening with a literal, a class, or an alternation of plain literals. Most of the
pipeline's long alternations open otherwise (a ``\\s``, a look-behind, a ``\\b``, a
case-folded word, an optional comma), so the engine enters them, branch by branch, at
every character: the clause-break patterns of the statistics stage (some 9,000
characters) took about 1.3 ms to scan one release, 0.4 ms once it skips to the commas,
colons, full stops and spaces a clause break can start with.

How: :func:`install` wraps the compiler's ``_get_charset_prefix`` (which ``re.compile``
asks for that set when no literal prefix is found): where it finds none,
:func:`first_chars` reads it from the parsed pattern, over every way into it: zero-width
items (anchors, ``\\b``, look-arounds) are passed over, optional items add what follows
them, and under ``re.IGNORECASE`` each cased character brings every character that
folds to it. Where a match may start with any character (``.``, a negated class, a
back-reference), may be empty, or the set holds most characters (``\\w``, ``\\S``), the
pattern is left as the compiler made it. The set only tells the engine where *not* to
try: every match, group and position is the same. Only ``pressfacts run`` installs it
(:func:`pressfacts.regex_cache.enable`, for its own process); ``import pressfacts``
leaves ``re`` alone.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

_c: Any = importlib.import_module("re._constants" if hasattr(re, "_constants") else "sre_constants")

Item = tuple[Any, Any]
"""An item of a parsed character class: (LITERAL, code), (RANGE, (low, high)), (CATEGORY, c)."""

_BROAD = {
    _c.CATEGORY_WORD,
    _c.CATEGORY_NOT_WORD,
    _c.CATEGORY_NOT_SPACE,
    _c.CATEGORY_NOT_DIGIT,
    _c.CATEGORY_NOT_LINEBREAK,
}
"""Categories holding most characters of a text: a set with one is of no use."""
_MOST_LETTERS = 8
"""A set holding more lower-case letters than this passes most of a text: of no use."""
_WIDEST_RANGE = 128
"""A range wider than this is left whole (no case folding, or no set at all)."""
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
_REPEATS = tuple(
    getattr(_c, name)
    for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
    if hasattr(_c, name)
)
_ATOMIC = getattr(_c, "ATOMIC_GROUP", None)
ASCII_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
"""The characters beyond ASCII that match an ASCII letter under ``re.IGNORECASE`` (the
dotted capital I, the dotless i, the Kelvin sign, the long s), as Python's documentation
lists them; a test reads them again from Unicode's cases."""


class _AnyStart(Exception):
    """A match may start with any character, or be empty: no set."""


def install() -> bool:
    """Give every pattern compiled from now on in this process the set :func:`first_chars`
    reads, where the compiler finds none (False where the compiler's internals differ)."""
    try:
        compiler: Any = importlib.import_module("re._compiler")
        original = compiler._get_charset_prefix
    except (ImportError, AttributeError):
        return False
    if getattr(original, "pressfacts_starts", False):
        return True

    def charset_prefix(pattern: Any, flags: int) -> list[Item] | None:
        found = original(pattern, flags)
        if found:
            return found  # type: ignore[no-any-return]
        try:
            return first_chars(pattern, flags)
        except Exception:  # a parse tree of another shape: compile as Python would
            return None

    charset_prefix.pressfacts_starts = True  # type: ignore[attr-defined]
    compiler._get_charset_prefix = charset_prefix
    return True


def first_chars(parsed: Any, flags: int) -> list[Item] | None:
    """The class items holding every character a match of the parsed pattern can start
    with (under ``flags``), or None where there is no useful set."""
    if flags & re.LOCALE:
        return None  # case folding by the locale: not read here
    try:
        items, nullable = _first(list(parsed), int(flags))
    except _AnyStart:
        return None
    if nullable or not items or _letters_in(items) > _MOST_LETTERS:
        return None
    return sorted(items, key=repr)


def _letters_in(items: set[Item]) -> int:
    """How many of the lower-case letters a to z the set holds (a category: none)."""
    return sum(1 for op, av in items if op is _c.LITERAL and 0x61 <= av <= 0x7A)


def _first(ops: list[Item], flags: int) -> tuple[set[Item], bool]:
    """The items a match of the sequence ``ops`` can start with, and whether it may be empty."""
    found: set[Item] = set()
    for op, av in ops:
        if op in _ZERO_WIDTH:
            continue
        items, nullable = _first_of(op, av, flags)
        found |= items
        if not nullable:
            return found, False
    return found, True


def _first_of(op: Any, av: Any, flags: int) -> tuple[set[Item], bool]:
    """:func:`_first` of one item."""
    if op is _c.LITERAL:
        return _folded(av, flags), False
    if op is _c.IN:
        return _class_items(av, flags), False
    if op is _c.BRANCH:
        found: set[Item] = set()
        nullable = False
        for alternative in av[1]:
            items, empty = _first(list(alternative), flags)
            found |= items
            nullable = nullable or empty
        return found, nullable
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return _first(list(sub), (flags | add_flags) & ~del_flags)
    if op in _REPEATS:
        low, _high, sub = av
        items, nullable = _first(list(sub), flags)
        return items, nullable or low == 0
    if _ATOMIC is not None and op is _ATOMIC:
        return _first(list(av), flags)
    raise _AnyStart  # ANY, NOT_LITERAL, a back-reference, a conditional group


def _class_items(items: list[Item], flags: int) -> set[Item]:
    """The items of a parsed class, each cased character with its case folds."""
    found: set[Item] = set()
    for op, av in items:
        if op is _c.LITERAL:
            found |= _folded(av, flags)
        elif op is _c.RANGE and av[1] - av[0] < _WIDEST_RANGE:
            for code in range(av[0], av[1] + 1):
                found |= _folded(code, flags)
        elif op is _c.CATEGORY and av not in _BROAD:
            found.add((op, av))
        else:  # a negated class, a wide range, a broad category
            raise _AnyStart
    return found


def _folded(code: int, flags: int) -> set[Item]:
    """``code`` and, under ``re.IGNORECASE``, every character that matches it there."""
    if not flags & re.IGNORECASE:
        return {(_c.LITERAL, code)}
    return {(_c.LITERAL, other) for other in _folds(code)}


def _folds(code: int) -> set[int]:
    """Every character an ignore-case match may equal to ``code``: an ASCII letter's two
    cases and :data:`ASCII_FOLDS`; an uncased character alone. A cased character beyond
    ASCII: no set (reading its folds means reading all of Unicode's cases)."""
    char = chr(code)
    if code < 128 and char.isalpha():
        lower = char.lower()
        return {ord(lower), ord(char.upper()), *map(ord, ASCII_FOLDS.get(lower, ""))}
    if char.lower() == char == char.upper():
        return {code}
    raise _AnyStart
