"""Qualifiers written after a figure: "200 a year or so", "£400,000-plus", "50 or more".

Most qualifiers stand before the figure (``statistic_cues.jsonl``); these few follow it.
Each is a named pair of the contract's qualifier and the words after the figure, tried
in order; the words of a pattern's group ``skip`` stand between the figure and its noun
("500+ calls": the noun is "calls").
"""

from __future__ import annotations

import re

_OR_SO = re.compile(r"[^.,;\d]{0,30}?\bor\s+so\b", re.I)
"""A hedge after the figure: "200 a year or so", "50 or so officers"; not "50 or 60"."""
QUALIFIERS_AFTER: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("approximately", _OR_SO),
    # "40-plus arrests", "£400,000-plus", "500+ calls"; not "5 + 2", "plus 20 more"
    ("more than", re.compile(r"(?P<skip>-plus\b|\+(?!\s*\d))", re.I)),
    # "50 or more arrests", "20 calls or more"; not "50 or 60", "or more often"
    (
        "at least",
        re.compile(r"(?:(?P<skip>\s+or\s+more)|\s+[a-z]+\s+or\s+more)\b(?!\s+(?:often|likely))"),
    ),
)
"""Qualifiers written after the figure, each with what follows it, tried in order; the
words of group ``skip`` stand between the figure and its noun ("500+ calls")."""


def qualifier_after(tail: str) -> tuple[str | None, int]:
    """The qualifier written right after a figure (:data:`QUALIFIERS_AFTER`) and how many
    characters of ``tail`` stand between the figure and its noun ("+" of "500+ calls");
    (None, 0) when there is none."""
    for qualifier, cue in QUALIFIERS_AFTER:
        match = cue.match(tail)
        if match:
            skip = match.groupdict().get("skip")
            return qualifier, len(skip) if skip else 0
    return None, 0
