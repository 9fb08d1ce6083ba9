"""Trying a person rule's pattern only where a match may begin, instead of scanning the text.

Why: the title-led rules can only match where a title starts (found once for every rule by
the title matcher) and the name-led ones where one scan says a name with one of their cues
may stand; trying a pattern at those places gives what ``finditer`` gives, without a scan
per rule over every character of the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pressfacts.entities.title_words import STAND_IN_PREFIX

# "Acting", "Temporary", "T/" right before a title: where a title-led match may begin
_PREFIX_BEFORE = re.compile(rf"(?:{STAND_IN_PREFIX})$")


def matches_from(pattern: re.Pattern[str], text: str, starts: Sequence[int]) -> list[re.Match[str]]:
    """What ``pattern.finditer(text)`` gives, trying only at ``starts`` (ascending, and
    holding every place a match of ``pattern`` may begin): non-overlapping, in order."""
    found: list[re.Match[str]] = []
    end = 0
    for start in starts:
        if start >= end and (match := pattern.match(text, start)):
            found.append(match)
            end = match.end()
    return found


def matches_at(pattern: re.Pattern[str], text: str, starts: Sequence[int]) -> list[re.Match[str]]:
    """Non-overlapping matches of ``pattern`` anchored where a title begins (or at a
    prefix before it): what ``finditer`` gives for a title-led pattern, without a scan."""
    found: list[re.Match[str]] = []
    end = 0
    for start in starts:
        if start < end:
            continue
        prefix = _PREFIX_BEFORE.search(text, max(end, start - 12), start)
        match = pattern.match(text, prefix.start()) if prefix else None
        match = match or pattern.match(text, start)
        if match:
            found.append(match)
            end = match.end()
    return found
