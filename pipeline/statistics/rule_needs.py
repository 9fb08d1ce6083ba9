"""What a rule table's ``needs`` are looked for in: one cheap test per text that spares
it the patterns it cannot match.

A rule's ``needs`` are lower-case strings one of which every match of its pattern holds.
They are looked for in :func:`needs_text` of the text, built once per text; where the
text holds a letter that a case-insensitive pattern reads differently from
:meth:`str.lower` (:data:`CASE_TRAPS`), every rule is tried.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final, Protocol, TypeVar

CASE_TRAPS: Final = ("\u0130", "\u0131", "\u017f")
"""Letters a case-insensitive pattern matches as "i" or "s" ("İ", "ı", "ſ") but that
:meth:`str.lower` does not turn into those letters."""


def pairs(firsts: tuple[str, ...], seconds: tuple[str, ...]) -> tuple[str, ...]:
    """Every "first second": the needs of a pattern that reads one of ``firsts``, white
    space, then a word opening with one of ``seconds`` (needs are read with each run of
    white space one space)."""
    return tuple(f"{first} {second}" for first in firsts for second in seconds)


def needs_text(text: str) -> str | None:
    """The text rules' ``needs`` are looked for in: ``text`` lower-cased, each run of
    white space one space (a need of two words, "last year", is then found where a line
    break parts them, as the patterns' ``\\s+`` reads them); None when it holds a
    :data:`CASE_TRAPS` letter (then every rule is tried: "ſince 2019" matches)."""
    if not text.isascii() and any(trap in text for trap in CASE_TRAPS):
        return None
    return " ".join(text.lower().split())


class _Needing(Protocol):
    @property
    def needs(self) -> tuple[str, ...]: ...


Rule = TypeVar("Rule", bound=_Needing)


def trie(words: Iterable[str]) -> str:
    """One regex matching any of ``words`` at a place, the longest first: a trie, each
    letter once per branch, a word that goes on into a longer one optional after it."""
    firsts: dict[str, list[str]] = {}
    for word in words:
        firsts.setdefault(word[:1], []).append(word[1:])
    branches = [re.escape(first) + trie(rests) for first, rests in sorted(firsts.items()) if first]
    if not branches:
        return ""
    alternation = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{alternation})?" if "" in firsts else alternation


class NeedsIndex:
    """Every need of a rule table, all looked for by one pass over a text however many
    rules share them ("last", "year", "since" are the needs of several period rules).

    The pass (:attr:`_longest`) finds, at each place of the text, the longest need that
    starts there; every need starting at that place is a start of it (they all start
    the rest of the text), so the needs held are those longest ones and the needs each
    of them starts with: the same set as looking for each need in turn."""

    def __init__(self, rules: Iterable[_Needing]) -> None:
        self.needs = frozenset(need for rule in rules for need in rule.needs)
        self._longest = re.compile(f"(?=({trie(self.needs)}))") if self.needs else None
        self._starts = {  # each need's own starts that are needs (itself too): by prefix
            need: frozenset(need[:end] for end in range(len(need) + 1) if need[:end] in self.needs)
            for need in self.needs
        }

    def held(self, text: str) -> frozenset[str] | None:
        """The needs ``text`` holds, as :func:`needs_text` reads them (None: every rule
        is tried, as where that text is None)."""
        lowered = needs_text(text)
        if lowered is None:
            return None
        if self._longest is None:
            return frozenset()
        starts = self._starts
        return frozenset().union(
            *[starts[need] for need in set(self._longest.findall(lowered)) if need]
        )

    def tried(self, rules: Iterable[Rule], held: frozenset[str] | None) -> list[Rule]:
        """The rules of ``rules`` tried on a text holding ``held``, in order: those
        :meth:`applies` gives, picked in one pass."""
        if held is None:
            return list(rules)
        known = self.needs.issuperset
        return [
            rule
            for rule in rules
            if not rule.needs or not held.isdisjoint(rule.needs) or not known(rule.needs)
        ]

    def applies(self, rule: _Needing, held: frozenset[str] | None) -> bool:
        """Whether ``rule`` is tried on a text holding ``held`` (from :meth:`held`): as
        its own ``applies`` on that text; a rule with a need this index does not know is
        tried (a table's rules are all known)."""
        if held is None or not rule.needs:
            return True
        if not held.isdisjoint(rule.needs):
            return True
        return not self.needs.issuperset(rule.needs)
