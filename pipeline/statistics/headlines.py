"""A plain-text release's headline: its first line, when it reads as one.

A release read with a header (``title:``) has its headline out of the body; a plain text
keeps it as the first line ("Drink-drive crackdown nets 41 arrests"). Headlines are not
annotated (a figure in one is restated, rounded, in the body), so the statistics stage
reads no figure in it. A first line is a headline when it has no statement's end (no
full stop, question or exclamation mark, colon or semicolon at its end), three to
:data:`HEADLINE_MAX_WORDS` words, no list marker, and text follows it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pressfacts.findings import StatisticFinding

HEADLINE_MAX_WORDS = 16
"""The most words a headline has; a longer first line is the lead without its stop."""
_FIRST_LINE = re.compile(r"\s*(?P<line>[^\n]*\S)[ \t]*\n\s*\S")
"""The first non-blank line, with text after it."""
_ENDS_STATEMENT = re.compile(r"[.!?:;…][\"”’')]*$")
_LIST_MARKER = re.compile(r"(?:[-*•–]|\d{1,2}[.)])\s")


def headline_end(text: str) -> int:
    """Where the headline opening ``text`` ends (offset after its last character); 0
    when the first line is no headline."""
    found = _FIRST_LINE.match(text)
    if found is None:
        return 0
    line = found.group("line")
    if _ENDS_STATEMENT.search(line) or _LIST_MARKER.match(line):
        return 0
    if not 3 <= len(line.split()) <= HEADLINE_MAX_WORDS:
        return 0
    return found.end("line")


def after_headline(text: str, findings: Sequence[StatisticFinding]) -> list[StatisticFinding]:
    """The ``findings`` of ``text`` that start after its headline (all, with none)."""
    end = headline_end(text)
    return [finding for finding in findings if finding.start >= end]
