"""Area rule ``port-scope``: a place named as the port or ports a figure was counted at.

"Officers found 37 people in lorries at the Humber ports", "2.1 tonnes were seized at the
port of Felixstowe", "checks through Holyhead port": the port's place is the figure's
scope, as "in Essex" is, so it comes before a territorial body the same clause names
("Humberside Police found 37 people at the Humber ports": Humber, not Humberside). Not a
place with no port word ("at Dover": a town, read as any other place), nor a port word
that is no port of the place ("Port Talbot", "the Kent port team").
"""

from __future__ import annotations

import re

_PORT_OF_BEFORE = re.compile(
    r"\b(?:at|through|via|into|from)\s+(?:the\s+)?(?:ports?|docks|harbours?)\s+of\s+(?:the\s+)?$",
    re.I,
)
"""The words before a place that name its port: " at the port of ", " through the ports
of the "."""
_AT_BEFORE = re.compile(r"\b(?:at|through|via|into|from)\s+(?:the\s+)?$", re.I)
"""The words before a place that a port word follows: " at the ", " through "."""
_PORT_AFTER = re.compile(
    r"\s+(?:(?:ferry|container)\s+)?(?:ports?|docks)\b(?!\s+(?:team|unit))", re.I
)
"""A port word right after a place: " ports", " docks", " ferry port"; not " port team"."""

_REACH = 40


def port_scope(text: str, start: int, end: int) -> bool:
    """Whether the place at ``start``..``end`` of ``text`` is named as a port a figure was
    counted at (rule ``port-scope``)."""
    before = text[max(0, start - _REACH) : start]
    if _PORT_OF_BEFORE.search(before):
        return True
    return _AT_BEFORE.search(before) is not None and _PORT_AFTER.match(text, end) is not None
