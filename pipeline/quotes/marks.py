"""Quote marks and paragraphs: where a quotation can open and close.

Paragraphs are lines (a line starting in lower case goes on the one before) and the
text stops at an end marker ("ENDS", "Notes to editors"). Marks are curly and straight
double quotes, and single quotes unless they are apostrophes (a mark between letters,
"don’t", "Constabulary’s", or after a plural "s" before a word, "parents’ group"); a
straight mark opens after space or punctuation and closes after a word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

_OPEN_DOUBLE = "“„"
_CLOSE_DOUBLE = "”"
MARK_CHARS = "“”„\"‘’'"
"""Every character that can be a quote mark."""
_LEFT_CONTEXT = " \t\n([_*—–-/" + MARK_CHARS
# one line: matches 'ENDS' in 'text\nENDS\n'; never crosses a line break
_LINE = re.compile(r"[^\n]+")
# what is not a letter or a space, for comparing end markers: matches '-' in '- ends -'
_NOT_LETTER = re.compile(r"[^a-z ]+")
_LETTER = re.compile(r"[a-z]")
# any quote mark: the scan for marks skips the rest of the text at C speed
_MARK = re.compile(f"[{re.escape(MARK_CHARS)}]")


@dataclass(frozen=True)
class Mark:
    """A quote mark at ``at``: ``role`` "open" or "close", ``kind`` "double" or "single"."""

    at: int
    role: str
    kind: str


def paragraphs(text: str, end_markers: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Paragraph spans: lines, a line starting in lower case joined to the one before.

    Stops before the first line that is an end marker ("ENDS", "Notes to editors").
    """
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start, end = line.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        if is_end_marker(text[start:end], end_markers):
            break
        if spans and text[start].islower() and text.count("\n", spans[-1][1], start) == 1:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def is_end_marker(line: str, end_markers: frozenset[str]) -> bool:
    """Whether ``line`` ends the release ("ENDS", "- ends -", "Notes to editors: …").

    A line whose first letter opens no marker is none: most lines are told by that one
    search (its first letter is the first of the words compared)."""
    lowered = line.lower()
    first = _LETTER.search(lowered)
    if first is not None and first.group() not in _initials(end_markers):
        return False
    words = _NOT_LETTER.sub(" ", lowered.replace("’", "").replace("'", "")).split()
    key = " ".join(words)
    return key in end_markers or key.startswith(_phrase_openings(end_markers))


@lru_cache(maxsize=8)
def _initials(end_markers: frozenset[str]) -> frozenset[str]:
    """The first letters of the markers. Built once per marker set."""
    return frozenset(marker[:1] for marker in end_markers)


@lru_cache(maxsize=8)
def _phrase_openings(end_markers: frozenset[str]) -> tuple[str, ...]:
    """The markers of several words, each with the space that must follow it ("notes to
    editors "): a line that opens with one ends the release. Built once per marker set."""
    return tuple(marker + " " for marker in sorted(end_markers) if " " in marker)


def find_marks(text: str, start: int, end: int) -> list[Mark]:
    """Quote marks in ``text[start:end]``, apostrophes left out."""
    marks: list[Mark] = []
    single_open = False
    for found in _MARK.finditer(text, start, end):
        index = found.start()
        char = text[index]
        before = text[index - 1] if index > start else " "
        after = text[index + 1] if index + 1 < end else " "
        if char in "’'" and _plural_possessive(text, index, end, inside=single_open):
            continue  # "the Chiefs' Council", "parents’ group"
        mark = _classify_mark(index, char, before, after)
        if mark:
            marks.append(mark)
            if mark.kind == "single":
                single_open = mark.role == "open"
    return _closes_typed_for_opens(text, marks)


def _closes_typed_for_opens(text: str, marks: list[Mark]) -> list[Mark]:
    """A closing double mark typed where a quote opens (a reprint's typo: 'said ” I have
    …”', 'said:”We will …”'): after white space or a colon, with the next double mark a
    close too, it opens. Not '“… alike ”' (the next double mark opens or there is none)."""
    doubles = [at for at, mark in enumerate(marks) if mark.kind == "double"]
    for this, following in pairwise(doubles):
        mark, after = marks[this], marks[following]
        if mark.role == after.role == "close" and text[mark.at - 1 : mark.at] in _TYPED_OPEN:
            marks[this] = Mark(mark.at, "open", "double")
    return marks


_TYPED_OPEN = frozenset({" ", "\t", "\n", ":", ""})
"""What stands before a closing mark that was typed to open a quote (nothing: the text's
start)."""


_CUE_AFTER_CLOSE = re.compile(
    r"\s(?:he|she|they|we|i|it|said|says|added|adds|told|tells|explained|warned|continued|"
    r"according|and|or|but|to|in|for|of|as|at|on|by|with|from|when|while|which|that|after|"
    r"before|because|so|is|are|was|were|will|would|the|a|an)\b"
)
"""Words that may follow a single quote's close with no comma ("… the victims' he said",
"'we thank the officers' and …"): a cue of saying, a pronoun or a function word; there
the mark closes the quote ("'Parents' groups …'": a noun follows, a possessive)."""


_NAMED_SPEAKER_AFTER_CLOSE = re.compile(
    r"\s(?:[A-Z][\w’'.-]*\s){1,4}(?:said|says|added|adds|told|tells|explained|warned)\b"
)
"""A speaker named after a single quote's close with no comma ("… for the victims’ DCI
Jo Bell said"): there the mark after a plural "s" closes the quote; before any other
capital it is a possessive ("‘… with the National Police Chiefs’ Council on …’")."""


def _plural_possessive(text: str, index: int, end: int, *, inside: bool = False) -> bool:
    """A mark after a plural "s" and before another word ("Chiefs' Council"). Inside an
    open single quote, where the mark may close the quote, only before a lower-case word
    that is no cue of saying ("'Parents' groups told us …'") or a capital that begins no
    named speaker (rule ``possessive-before-a-name``: "‘… the Victims’ Commissioner …’")."""
    following = text[index + 1 : min(end, index + 3)]
    possessive = (
        index > 0
        and text[index - 1] == "s"
        and len(following) == 2
        and following[0] == " "
        and following[1].isalnum()
    )
    if not possessive or not inside:
        return possessive
    if following[1].isupper():  # "Chiefs’ Council", unless a speaker is named after it
        return not _NAMED_SPEAKER_AFTER_CLOSE.match(text, index + 1, end)
    return following[1].islower() and not _CUE_AFTER_CLOSE.match(text, index + 1, end)


def _classify_mark(index: int, char: str, before: str, after: str) -> Mark | None:
    if char in _OPEN_DOUBLE:
        return Mark(index, "open", "double")
    if char == _CLOSE_DOUBLE:
        return Mark(index, "close", "double")
    if char == '"':
        if before in _LEFT_CONTEXT and not after.isspace():
            return Mark(index, "open", "double")
        if not before.isspace():
            return Mark(index, "close", "double")
        return None
    if before.isalnum() and after.isalnum():
        return None  # an apostrophe: don’t, Constabulary’s
    if char in "‘'" and before in _LEFT_CONTEXT and (after.isalnum() or after in "_*"):
        return Mark(index, "open", "single")
    if char in "’'" and (before.isalnum() or before in ".,!?_*") and not after.isalnum():
        return Mark(index, "close", "single")
    return None
