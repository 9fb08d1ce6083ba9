"""Where a rule table's patterns can match, found by one scan instead of one per rule.

Why: a period rule's regex tried on a whole text costs a pass over every character
(about 15 ns each, some 10 µs per rule on a short release), and forty rules made that
most of the periods stage. Most patterns open with a word boundary and a word from a
short list ("between", "from", a month name, a year's "19"/"20", a digit), so they can
only match where such a word starts. :class:`LeadScanner` reads those opening words
(the *leads*) from each compiled pattern, finds every place any lead starts with one
pass of one alternation over the lower-cased text, and tries each pattern only there
(``pattern.match`` at each such place, left to right, after its previous match's end).

The result is exactly the pattern's ``finditer``: every match starts where one of its
leads does (a pattern whose leads cannot be shown, or that may match empty, is run
with ``finditer`` as before); ``match`` at a place reads the text before it as a
search does (``\\b`` and look-behinds see the real previous character); and the match
at the leftmost place after the previous match's end is the one a search from that end
finds. The lower-cased text is read instead of the text only when no letter of it is
one ``re.I`` folds but :meth:`str.lower` does not
(:data:`~pressfacts.statistics.rule_needs.CASE_TRAPS`); every other character keeps its
length and its being a word character, digit or space when lower-cased. A text with
such a letter is scanned rule by rule.
"""

from __future__ import annotations

import hashlib
import importlib
import re
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain
from pathlib import Path
from typing import Any

from pressfacts.regex_cache import remembered
from pressfacts.statistics.rule_needs import CASE_TRAPS

_c: Any = importlib.import_module("re._constants" if hasattr(re, "_constants") else "sre_constants")
_parser: Any = importlib.import_module("re._parser" if hasattr(re, "_parser") else "sre_parse")
"""The standard library's regex parser and its opcodes (before 3.11: ``sre_*``)."""


def _source_digest() -> str | None:
    """A digest of this module's source: leads kept by another version are not read."""
    try:
        return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
    except OSError:  # no source beside the module: the leads are read each time
        return None


_DIGEST = _source_digest()

DIGIT = "#"
"""The lead "any decimal digit" (a pattern opening with ``\\d``)."""
WHOLE = " "
"""Ends a lead that is a whole word: what follows it in a match is no word character."""
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_WORD = re.compile(r"\w", re.I)
_ON, _CUT, _END, _EDGE = "on", "cut", "end", "edge"
_Path = tuple[str, str, bool]
"""One way into a pattern: (the lead read so far; whether its literal run goes ``on``,
is ``cut`` by something unknown, or ``end``-s before a non-word character (an ``edge``
is a word boundary read); whether a word boundary was asserted before any character)."""
_UNKNOWN: frozenset[_Path] = frozenset({("", _CUT, False)})


def _char(code: int) -> frozenset[_Path]:
    char = chr(code).lower()
    if char in _LETTERS:
        return frozenset({(char, _ON, False)})
    return _UNKNOWN if _WORD.match(chr(code)) else frozenset({("", _END, False)})


def _is_digits(op: Any, code: Any) -> bool:
    """Whether one member of a character set holds decimal digits only (``\\d``,
    ``[0-9]``, ``[1-9]``, ``[01]``): such a set opens at a digit."""
    if op is _c.CATEGORY:
        return bool(code is _c.CATEGORY_DIGIT)
    if op is _c.RANGE:
        return bool(48 <= code[0] <= code[1] <= 57)
    return bool(op is _c.LITERAL and 48 <= code <= 57)


def _char_set(members: list[tuple[Any, Any]]) -> frozenset[_Path]:
    """A set of digits only (``\\d``, ``[0-9]``, ``[1-9]``) is the digit lead; a set of
    a few letters, each letter; a set of non-word characters (``[-\\s]``) ends a lead."""
    if members and all(_is_digits(op, code) for op, code in members):
        return frozenset({(DIGIT, _CUT, False)})
    if all(op is _c.LITERAL for op, _code in members):
        paths = frozenset().union(*(_char(code) for _op, code in members))
        if all(lead for lead, _state, _bound in paths):
            return paths
    if all(
        (op is _c.CATEGORY and code is _c.CATEGORY_SPACE)
        or (op is _c.LITERAL and not _WORD.match(chr(code)))
        for op, code in members
    ):
        return frozenset({("", _END, False)})
    return _UNKNOWN


def _repeat(low: int, high: int, inner: Any) -> frozenset[_Path]:
    once = _sequence(inner)
    if high == 1:  # read at most once: its run may go on after it
        return once | {("", _ON, False)} if low == 0 else once
    paths = frozenset((lead, _CUT if state == _ON else state, b) for lead, state, b in once)
    return paths | {("", _ON, False)} if low == 0 else paths


def _item(op: Any, av: Any) -> frozenset[_Path]:
    """The ways into one parsed item of a pattern."""
    if op is _c.LITERAL:
        return _char(av)
    if op is _c.AT:
        return frozenset({("", _EDGE if av is _c.AT_BOUNDARY else _ON, False)})
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return frozenset({("", _ON, False)})  # reads nothing
    if op is _c.IN:
        return _char_set(av)
    if op in (_c.SUBPATTERN, getattr(_c, "ATOMIC_GROUP", None)):
        return _sequence(av if op is not _c.SUBPATTERN else av[-1])
    if op is _c.BRANCH:
        return frozenset().union(*(_sequence(alternative) for alternative in av[1]))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        return _repeat(*av)
    return _UNKNOWN


def _join(lead: str, bound: bool, more: str, state: str, more_bound: bool) -> _Path:
    """A path read so far (its run going on), then one way into the next item."""
    if state == _EDGE:
        return (lead, _END, bound) if lead else ("", _ON, True)
    if more == DIGIT and lead:
        return (lead, _CUT, bound)
    return (lead + more, state, bound or (not lead and more_bound))


def _sequence(items: Iterable[tuple[Any, Any]]) -> frozenset[_Path]:
    """The ways into a sequence: each item's ways joined onto those before it. Once no
    way goes ``on``, the items after change none of them and are not read (reading
    them cost half the time of building the scanners at import)."""
    paths: frozenset[_Path] = frozenset({("", _ON, False)})
    for op, av in items:
        if all(state != _ON for _lead, state, _bound in paths):
            break
        ways = _item(op, av)
        joined = {(lead, state, bound) for lead, state, bound in paths if state != _ON}
        joined.update(
            _join(lead, bound, *way) for lead, state, bound in paths if state == _ON for way in ways
        )
        paths = frozenset(joined)
    return paths


def pattern_leads(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The leads of ``pattern``: lower-case ASCII words (a trailing :data:`WHOLE` when
    no word character may follow; :data:`DIGIT` for any digit), one of which every
    match opens with, right after a word boundary the pattern asserts; None when that
    cannot be shown (then the pattern is run on the whole text).

    Reading them parses the pattern again (about 0.3 ms each, 17 ms of every start of
    ``pressfacts run``): under the regex cache they are kept in its file, keyed by the
    pattern and a digest of this module (:func:`~pressfacts.regex_cache.remembered`)."""
    if _DIGEST is None:
        return _pattern_leads(pattern)
    key = (_DIGEST, pattern.pattern, int(pattern.flags))
    leads = remembered("leads", key, lambda: _pattern_leads(pattern))
    if leads is not None and not (
        isinstance(leads, tuple) and all(isinstance(lead, str) for lead in leads)
    ):
        return _pattern_leads(pattern)  # not what this module keeps: read them again
    return leads


def _pattern_leads(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """:func:`pattern_leads`, read from the pattern."""
    if pattern.flags & (re.ASCII | re.LOCALE):
        return None  # its \b is not the scan's
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    if parsed.state.flags & (re.ASCII | re.LOCALE):
        return None
    paths = _sequence(parsed)
    if not paths or any(not lead or not bound for lead, _state, bound in paths):
        return None
    return _fewest({lead + (WHOLE if state == _END else "") for lead, state, _bound in paths})


def _fewest(leads: Iterable[str]) -> tuple[str, ...]:
    """Without the leads another one already covers ("in" covers "into" and "in "): the
    leads that cover are the :func:`_covering` ones, and one covers another when it is
    a shorter start of it (each lead's starts are looked up, not every pair)."""
    unique = set(leads)
    covering = _covering(unique)
    return tuple(
        sorted(
            lead
            for lead in unique
            if not any(lead[:length] in covering for length in range(len(lead)))
        )
    )


def _covering(leads: Iterable[str]) -> set[str]:
    """The leads that open wherever a lead they start does: word leads that are no whole
    words (the digit lead is kept beside "19", "20", which the scan tells apart)."""
    return {lead for lead in leads if lead != DIGIT and not lead.endswith(WHOLE)}


def _alternation(leads: Sequence[str]) -> str:
    """One regex matching any of ``leads`` as a trie: the letters ``a``..``z`` and
    digits each once per branch, :data:`WHOLE` as ``\\b``, :data:`DIGIT` last as ``\\d``."""
    if leads == [""]:
        return ""
    firsts: dict[str, list[str]] = {}
    for lead in leads:
        firsts.setdefault(lead[:1], []).append(lead[1:])
    branches = [
        {WHOLE: r"\b", DIGIT: r"\d", "": ""}.get(first, first) + _alternation(rests)
        for first, rests in sorted(firsts.items(), key=lambda item: item[0] in (DIGIT, WHOLE))
    ]
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


class LeadScanner:
    """Every match of each of ``patterns``, found by one scan of their leads.

    Patterns are told apart by identity (hashing a compiled pattern hashes its code,
    each time), so a scan serves the very pattern objects it was built from."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self._patterns = tuple(patterns)
        leads = [pattern_leads(pattern) for pattern in self._patterns]
        led = {index: found for index, found in enumerate(leads) if found}
        every = _fewest(lead for found in led.values() for lead in found)
        self._trigger = re.compile(rf"\b{_alternation(sorted(every))}") if every else None
        self._words = frozenset(lead.rstrip(WHOLE) for lead in every) - {DIGIT}
        cut = {lead for lead in every if not lead.endswith(WHOLE)}
        read = _ReadWords(self._words | {DIGIT}, cut)
        self._keys = {id(self._patterns[index]): read.opened(found) for index, found in led.items()}

    def leads(self, pattern: re.Pattern[str]) -> frozenset[str] | None:
        """What the scan reads where ``pattern`` may open (None: it runs on the whole
        text): the leads the scan finds (a digit's as :data:`DIGIT`) that open it."""
        return self._keys.get(id(pattern))

    def scan(self, text: str) -> Scan:
        """Where each lead starts in ``text`` (one pass)."""
        if self._trigger is None or (
            not text.isascii() and any(trap in text for trap in CASE_TRAPS)
        ):
            return Scan(text, {}, {})
        found: dict[str, list[int]] = {}
        words = self._words
        for lead in self._trigger.finditer(text.lower()):
            word = lead.group()
            found.setdefault(word if word in words else DIGIT, []).append(lead.start())
        return Scan(text, self._keys, found)


class _ReadWords:
    """The words a scan reads (its leads without :data:`WHOLE`, and :data:`DIGIT`), and
    which of them (``cut``) may go on into a longer word."""

    def __init__(self, words: Iterable[str], cut: set[str]) -> None:
        self.words = frozenset(words)
        self.cut_words = self.words & cut
        self.digit_words = frozenset(
            word for word in self.words if word == DIGIT or word[:1].isdigit()
        )
        self._starts = {
            word: frozenset(word[:length] for length in range(len(word) + 1)) for word in self.words
        }

    def opened(self, leads: Sequence[str]) -> frozenset[str]:
        """The words where one of ``leads`` may open: a word starting with a lead that
        is :func:`_covering` (or any digit word, for the digit lead); the word a lead is
        (without :data:`WHOLE`); or, where a word may go on (it is ``cut``, no whole
        word), one that a lead starts with (the scan reads the shortest of leads one of
        which opens another)."""
        covering = _covering(leads)
        lead_starts = {lead[:length] for lead in leads for length in range(len(lead) + 1)}
        found = {word for word, starts in self._starts.items() if not covering.isdisjoint(starts)}
        found.update(self.words.intersection(lead.rstrip(WHOLE) for lead in leads))
        found.update(self.cut_words & lead_starts)
        if DIGIT in leads:
            found.update(self.digit_words)
        return frozenset(found)


class Scan:
    """One text's lead places; :meth:`finditer` is each pattern's ``finditer``."""

    def __init__(
        self, text: str, keys: dict[int, frozenset[str]], found: dict[str, list[int]]
    ) -> None:
        self.text = text
        self._keys = keys
        self._found = found

    def places(self, pattern: re.Pattern[str]) -> list[int] | None:
        """Where ``pattern`` may open, in order (None: anywhere)."""
        keys = self._keys.get(id(pattern))
        if keys is None:
            return None
        found = self._found
        if len(keys) < len(found):
            lists = [found[key] for key in keys if key in found]
        else:
            lists = [places for key, places in found.items() if key in keys]
        if len(lists) > 1:
            return sorted(chain.from_iterable(lists))
        return lists[0] if lists else []

    def finditer(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """The matches of ``pattern`` in the text, as ``pattern.finditer(text)``."""
        places = self.places(pattern)
        if places is None:
            yield from pattern.finditer(self.text)
            return
        text, resume, match = self.text, 0, pattern.match
        for at in places:
            if at >= resume:
                found = match(text, at)
                if found is not None:
                    resume = found.end()
                    yield found
