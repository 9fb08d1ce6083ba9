"""Where any of a document's own words (found at run time) stands whole in a text.

Why: a text's later mentions of the family names it introduced are found by one scan.
A regular expression alternation of those names would be compiled anew for every
document (its names differ), and compiling costs more than the search itself; Python's
pattern cache does not help, since no two documents share one. Here each word is found
with :meth:`str.find` and its edges checked with patterns compiled once.

A word stands "whole" as in ``(?<![\\w’'])(?:w1|w2|...)(?![\\w’])`` with the words
sorted and searched left to right without overlap: the results are exactly that
pattern's ``finditer``. Whether a word fits at a place depends only on the text, so
the alternation's match at a place is the first word in sorted order that fits there,
and its finditer takes the leftmost such place after the previous match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_JOINED_BEFORE = re.compile(r"[\w’']")
"""A character that, right before a word, makes it part of a longer one."""
_JOINED_AFTER = re.compile(r"[\w’]")
"""A character that, right after a word, makes it part of a longer one."""


def whole_words(text: str, words: Iterable[str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of each whole occurrence of one of ``words`` (non-empty
    strings) in ``text``, left to right without overlap; where several fit, the first
    in sorted order (as the equivalent alternation of the sorted words)."""
    fits: dict[int, str] = {}  # start -> the first word, in sorted order, that fits there
    for word in sorted(set(words)):
        if not word:
            raise ValueError("whole_words needs non-empty words")
        at = text.find(word)
        while at >= 0:
            if (
                at not in fits
                and not (at and _JOINED_BEFORE.match(text, at - 1))
                and not _JOINED_AFTER.match(text, at + len(word))
            ):
                fits[at] = word
            at = text.find(word, at + 1)
    resume = 0
    for start in sorted(fits):
        if start >= resume:
            word = fits[start]
            resume = start + len(word)
            yield start, resume, word
