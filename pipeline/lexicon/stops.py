"""Where a sentence ends: the word before a full stop (what tells a sentence's end from an
abbreviation's stop), and the start of the sentence before an offset.

Why one module: the sentence stage decides where sentences end ("Det. Insp. Jo Bell" is one
sentence), and the quote stage reads where an attribution clause ends ("said Supt. Mo Khan.")
before it has the sentences' tokens; both read the same word the same way. Rules that look
back one sentence from an offset in plain text ("Its director, …" after "Refuge said …")
find its start with :func:`previous_sentence_start`.
"""

from __future__ import annotations

import re

_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_LETTERS_AND_DOT = _LETTERS | {"."}
WORD_REACH = 60
"""Characters looked back for the word before a full stop (no abbreviation is longer)."""


def word_before_stop(text: str, at: int) -> str | None:
    """The word before the full stop at ``at``, dots inside included ('Insp' in 'Det. Insp.',
    'J' in 'J.', 'a.m' in 'a.m.'): the run of letters and dots ending at the stop (at most
    :data:`WORD_REACH` characters back), from its first letter; None when ``text[at]`` is no
    full stop or no letter stands before it."""
    if text[at] != ".":
        return None
    start, reach = at, max(0, at - WORD_REACH)
    while start > reach and text[start - 1] in _LETTERS_AND_DOT:
        start -= 1
    while start < at and text[start] not in _LETTERS:
        start += 1  # leading dots are not part of the word
    return text[start:at] if start < at else None


def is_initial(word: str | None) -> bool:
    """ "J" of "J. Smith": one capital letter before the full stop."""
    return word is not None and len(word) == 1 and word.isupper()


SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s|\n")
"""A break between sentences in plain text: a stop (its closing quote mark kept) and white
space, or a line break."""


def previous_sentence_start(text: str, end: int, reach: int) -> int:
    """Where the sentence that ends at ``end`` of ``text`` starts: right after the last
    :data:`SENTENCE_BREAK` before it (its own closing stop not counted), looked for at most
    ``reach`` characters back; ``end - reach`` (or 0) when there is none."""
    floor = max(0, end - reach)
    start = floor
    for found in SENTENCE_BREAK.finditer(text, floor, max(floor, end - 1)):
        start = found.end()
    return start
