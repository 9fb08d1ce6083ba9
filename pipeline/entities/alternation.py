"""A regular-expression alternation of many literal words, written as a trie.

``(?:chief inspector|chief constable|chief|…)`` makes Python's ``re`` try every word at
every position of the text; the same words as a trie (``chief(?:[ ]inspector|[ ]constable)?``)
test one character set per position and share common prefixes, so a scan costs about
one step per character whatever the number of words. The trie matches exactly what the
longest-first alternation matches: at one position the words that match are prefixes of
one another, the trie tries the longer ones first (a greedy optional tail) and falls
back to the shorter when what follows fails, as the alternation does.

Written here rather than taken from a library (``retrie``, ``trieregex``): those add a
dependency for some twenty lines and do not promise the longest-first order the
patterns rely on; this one is tested against the plain alternation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""
"""The key of a trie node that marks a word ending there."""

_Trie = dict[str, "_Trie"]


def trie_alternation(words: Iterable[str]) -> str:
    """A regex (no group captures) matching what ``(?:w1|w2|…)`` with the words sorted
    longest first matches, written as a trie; ``(?!)`` (never matches) when empty."""
    root: _Trie = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _pattern(root) if root else "(?!)"


def _pattern(node: _Trie) -> str:
    """The regex of one node: its branches, optional where a word ends here."""
    branches = [re.escape(char) + _pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END not in node:
        return body
    return f"(?:{body})?"


def letter_led(alternatives: Iterable[str], not_after: str) -> str:
    """A regex matching what ``(?<!not_after)(?:a1|a2|…)`` matches, the alternatives in
    their order, written to open with each alternative's first letter: Python's ``re``
    scans a text for the letters a pattern opens with in C, where a pattern opening with
    a look-behind is tried at every character. The look-behind is checked right after
    the letter (``(?<!not_after.)``). ``not_after``: one character (a class); each
    alternative opens with a literal ASCII letter (else ValueError)."""
    branches: list[str] = []
    for alternative in alternatives:
        first = alternative[:1]
        if not (first.isascii() and first.isalpha()):
            raise ValueError(f"alternative {alternative!r} does not open with a letter")
        branches.append(f"{first}(?<!{not_after}.){alternative[1:]}")
    return "(?:" + "|".join(branches) + ")" if branches else "(?!)"
