"""A plain-text release's headline: its first line, when it reads as one.

A release read with a header (``title:``) has its headline out of the body; a plain text
keeps it as the first line ("Drink-drive crackdown nets 41 arrests"). A headline states
the body's figures again, shorter ("41 arrests" for "41 people … between 30 October and 2
November"), so a figure read in it is a mention of the body's figure of the same value and
change, with that figure's fields, and is dropped when the body states none (headlines are
not annotated: its reading alone would be a figure of its own). A first line is a
headline when it has no statement's end (no full stop, question or exclamation mark,
colon or semicolon at its end), three to :data:`HEADLINE_MAX_WORDS` words, no list
marker, and text follows it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pressfacts.findings import StatisticFinding
from pressfacts.lexicon.lists import LIST_MARKER

HEADLINE_MAX_WORDS = 16
"""The most words a headline has; a longer first line is the lead without its stop."""
_FIRST_LINE = re.compile(r"\s*(?P<line>[^\n]*\S)[ \t]*\n\s*\S")
"""The first non-blank line, with text after it."""
_ENDS_STATEMENT = re.compile(r"[.!?:;…][\"”’')]*$")
_LIST_MARKER = re.compile(rf"{LIST_MARKER}\s")


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
    """The ``findings`` of ``text``, each in its headline (when it has one) restating the
    first body finding of the same value and change (its own span kept), or dropped."""
    end = headline_end(text)
    if not end:
        return list(findings)
    stated: dict[tuple[float, str | None], StatisticFinding] = {}
    for finding in findings:
        if finding.start >= end:
            stated.setdefault((float(finding.value), finding.change), finding)
    kept: list[StatisticFinding] = []
    for finding in findings:
        if finding.start < end:
            body = stated.get((float(finding.value), finding.change))
            if body is None:
                continue
            finding = replace(body, start=finding.start, end=finding.end, sentence=finding.sentence)
        kept.append(finding)
    return kept
