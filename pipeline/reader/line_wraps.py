"""Hard-wrapped lines read as one line, every offset kept.

Why: a PDF's text layer, and a release pasted from an e-mail, break every line at a
fixed width ("… a joint operation by the National Crime\\nAgency and forces in …").
The stages read a line break as the end of a sentence, and their token patterns stop
at it, so a wrapped release lost most of its quotes, a quarter of its organisations
and many periods ("the six months to\\nSeptember").

How: :func:`unwrapped` gives the text the stages read: the same text with each line
break that only wraps a line replaced by a space, so it has the same length and every
offset into it is an offset into ``document.text``. The records' mentions are still
sliced from ``document.text`` itself (:mod:`pressfacts.knowledge.build`). A text is
read as hard-wrapped only when most of its lines that go on to another line fill a
common width (:func:`wrap_width`); a release whose paragraphs are one line each, or
whose lines are short (a list, an address), is left as it is. In a wrapped text a line
break wraps when the next line's first word would not have fitted on the line
(:data:`FULL_LINE`), unless a rule of :data:`KEPT_BREAKS` keeps it (a list item next).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from pressfacts.lexicon.lists import LIST_MARKER

MIN_WIDTH = 45
"""Narrowest wrap width read: shorter lines are a list, an address or a signature."""
MAX_WIDTH = 130
"""Widest wrap width read: longer lines are paragraphs written on one line."""
MIN_WRAPPED_LINES = 3
"""Fewest lines that go on to another line and fill the width, for a text to be wrapped."""
FULL_SHARE = 0.6
"""Share of the lines that go on to another line that must fill the width."""
FULL_FRACTION = 0.8
"""A line 'fills' the width when at least this fraction of it is used (a line of
proportional type holds fewer wide letters than narrow ones)."""
GOES_ON_SHARE = 0.25
"""Share of the full lines whose next line starts in lower case ("… the National Crime
Agency and\\nforces in …"): prose wrapped mid-sentence; a list of items, each a line of
about the same length, starts every line with a capital or a figure."""
SLACK = 0.1
"""Share of the width a line may fall short by and still be full (:data:`FULL_LINE`)."""


@dataclass(frozen=True)
class Line:
    """A line break between two non-blank lines: the line before (without trailing
    spaces), the next line (without leading spaces) and the wrap width."""

    before: str
    after: str
    width: int


@dataclass(frozen=True)
class BreakRule:
    """A named test on one line break of a hard-wrapped text."""

    name: str
    test: Callable[[Line], bool]


def _full_line(line: Line) -> bool:
    """The next line's first word would not have fitted on the line before."""
    first_word = line.after.split(maxsplit=1)[0]
    return len(line.before) + 1 + len(first_word) > line.width * (1 - SLACK)


LIST_ITEM = re.compile(rf"{LIST_MARKER}\s")
"""A list item's marker at a line's start: "• 1,204 arrests", "2. Media enquiries", "(a) …";
not "2,104 people" or "-based"."""

FULL_LINE = BreakRule("full-line", _full_line)
"""A break wraps when the line before is full: "… by the National Crime|Agency and …"."""

KEPT_BREAKS: tuple[BreakRule, ...] = (
    BreakRule("list-item-next", lambda line: bool(LIST_ITEM.match(line.after))),
)
"""Breaks kept in a wrapped text even after a full line."""


def wrap_width(text: str) -> int | None:
    """The width ``text``'s lines are wrapped at, or None when it is not hard-wrapped.

    The width is the longest of the lines that go on to another (non-blank) line,
    but for a stray few; the text is wrapped when at least :data:`MIN_WRAPPED_LINES`
    and :data:`FULL_SHARE` of those lines fill it, and :data:`GOES_ON_SHARE` of the full
    ones go on in lower case."""
    lines = text.split("\n")
    going_on = [
        (len(before.rstrip()), after.lstrip()[:1].islower())
        for before, after in pairwise(lines)
        if before.strip() and after.strip()
    ]
    if len(going_on) < MIN_WRAPPED_LINES:
        return None
    lengths = sorted(length for length, _ in going_on)
    width = lengths[int(0.9 * (len(lengths) - 1))]  # a stray long line does not count
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        return None
    full = [
        lower
        for length, lower in going_on
        if FULL_FRACTION * width <= length <= (1 + SLACK) * width
    ]
    if len(full) < MIN_WRAPPED_LINES or len(full) < FULL_SHARE * len(going_on):
        return None
    if sum(full) < GOES_ON_SHARE * len(full):
        return None  # full lines that each start a new item: a list, not wrapped prose
    return width


def wrapping_breaks(text: str) -> list[int]:
    """The offsets of the line breaks of ``text`` that only wrap a line."""
    width = wrap_width(text)
    if width is None:
        return []
    breaks = []
    for found in re.finditer(r"\n", text):
        at = found.start()
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at + 1)
        before = text[line_start:at].rstrip()
        after = text[at + 1 : None if line_end < 0 else line_end].lstrip()
        if not before.strip() or not after:
            continue
        line = Line(before, after, width)
        if FULL_LINE.test(line) and not any(rule.test(line) for rule in KEPT_BREAKS):
            breaks.append(at)
    return breaks


def unwrapped(text: str) -> str:
    """``text`` with each line break that only wraps a line replaced by a space: the
    same length, every other character unchanged (``text`` itself when none wraps)."""
    breaks = wrapping_breaks(text)
    if not breaks:
        return text
    characters = list(text)
    for at in breaks:
        characters[at] = " "
    return "".join(characters)
