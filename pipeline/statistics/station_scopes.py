"""Area rule ``station-scope``: a town named as the station a figure was counted at.

"British Transport Police found 17 knives during a sweep of Leeds railway station",
"officers seized 9 blades at Crewe station", "42 people were stopped outside York railway
station": the town whose station it is is the figure's scope, as "in Essex" is, so it comes
before a territorial body the same clause names (Leeds, not West Yorkshire Police's West
Yorkshire). Not a station word that names a post or a team ("the Leeds station manager",
"Crewe station staff"), nor a town with no station word ("a sweep of Leeds").
"""

from __future__ import annotations

import re

_BEFORE = re.compile(
    r"\b(?:at|of|through|outside|inside|around|near|in|from)\s+(?:the\s+)?$",
    re.I,
)
"""The words right before the town: " at ", " of ", " outside the "."""
_STATION_AFTER = re.compile(
    r"\s+(?:(?:railway|rail|train|mainline|main\s+line|bus|coach|tube|underground)\s+)?"
    r"(?:station|interchange)\b"
    r"(?!['’]s\b|\s+(?:manager|master|staff|team|officers?|workers?|cleaners?|guards?|"
    r"building|car\s+park|road|street|approach)\b)",
    re.I,
)
"""A station word right after the town: " railway station", " station", " bus station",
" Interchange"; not " station manager", " station staff", " Station Road"."""

_REACH = 30


def station_scope(text: str, start: int, end: int) -> bool:
    """Whether the place at ``start``..``end`` of ``text`` is named as the station a figure
    was counted at (rule ``station-scope``)."""
    before = text[max(0, start - _REACH) : start]
    return _BEFORE.search(before) is not None and _STATION_AFTER.match(text, end) is not None
