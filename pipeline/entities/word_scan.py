"""Where any of a document's own words (found at run time) stands whole in a text.

Why: a text's later mentions of the family names it introduced are found by one scan.
A regular expression alternation of those names would be compiled anew for every
document (its names differ), and compiling costs more than the scan itself; Python's
pattern cache does not help, since no two documents share one. This scan does the same
work with patterns compiled once: it visits each place a word may start and tries only
the words that begin with that character.

A word stands "whole" as in ``(?<![\\w’'])(?:w1|w2|...)(?![\\w’])`` with the words
sorted and searched left to right without overlap: the results are exactly that
pattern's ``finditer`` (a word not beginning with a word character is rare; for such
a set the pattern itself is compiled and used, so the answer never differs).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_WORD_START = re.compile(r"(?<![\w’'])\w")
"""A word character with none of ``\\w ’ '`` before it: where a whole word may start."""
_JOINED_AFTER = re.compile(r"[\w’]")
"""A character that, right after a word, makes it part of a longer one."""
_FIRST_IS_WORD = re.compile(r"\w")


def whole_words(text: str, words: Iterable[str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of each whole occurrence of one of ``words`` (non-empty
    strings) in ``text``, left to right without overlap; where several fit, the first
    in sorted order (as the equivalent alternation of the sorted words)."""
    ordered = sorted(set(words))
    if not ordered:
        return
    if not all(_FIRST_IS_WORD.match(word) for word in ordered):
        pattern = re.compile(
            r"(?<![\w’'])(?:" + "|".join(re.escape(w) for w in ordered) + r")(?![\w’])"
        )
        for match in pattern.finditer(text):
            yield match.start(), match.end(), match.group(0)
        return
    by_first: dict[str, list[str]] = {}
    for word in ordered:  # each list stays in sorted order
        by_first.setdefault(word[0], []).append(word)
    resume = 0
    for start_match in _WORD_START.finditer(text):
        start = start_match.start()
        if start < resume:
            continue  # inside a word already found
        for word in by_first.get(text[start], ()):
            end = start + len(word)
            if text.startswith(word, start) and not _JOINED_AFTER.match(text, end):
                yield start, end, word
                resume = end
                break
