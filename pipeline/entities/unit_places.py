"""A unit named after the places it serves loses them in its leader's title.

"head of the Norfolk and Suffolk Roads Policing Team" -> "head of Roads Policing Team":
the places a unit is named after go with the unit's owner, as "Head of the PSNI's Public
Protection Branch" loses the force (step ``unit_place`` of
:mod:`pressfacts.entities.title_cleaning`). The places may be a list ("Bedfordshire,
Cambridgeshire and Hertfordshire") and a county may be written in its short form ("Beds,
Cambs and Herts", rule ``county-short-form``), as joint units of neighbouring forces are.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["COUNTY_SHORT_FORMS", "unit_place_dropped"]

COUNTY_SHORT_FORMS = frozenset(
    {
        "Beds",
        "Berks",
        "Bucks",
        "Cambs",
        "Derbys",
        "Glos",
        "Hants",
        "Herts",
        "Lancs",
        "Leics",
        "Lincs",
        "Northants",
        "Notts",
        "Oxon",
        "Staffs",
        "Warks",
        "Wilts",
        "Worcs",
        "Yorks",
    }
)
"""The short forms of English counties that joint police units put in their names ("the
Beds, Cambs and Herts Road Policing Unit"; rule ``county-short-form``): read here only
capitalised and inside a unit's list of places ("hospital beds" is no place). Some are
places elsewhere too, as the areas of forces ("Herts", "Notts": ``forces.jsonl``); the
rest are not (moving them all to the force areas would change areas: not done)."""

_UNIT_AFTER_THE = re.compile(
    r"^(?P<lead>(?:.*?\s)?(?P<word>\w+)\s+(?:of|for)\s+)the\s+(?P<rest>[A-Z].*)$"
)
"""A title leading a named unit: "head of the Kent and Essex Serious Crime Directorate"."""
_MAX_PLACE_WORDS = 6
_LIST_JOINS = re.compile(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
"""What joins the places of a unit's list: "A and B", "A, B and C", "A, B, and C", "A & B"."""


def unit_place_dropped(
    text: str, is_place: Callable[[str], bool], leader_words: frozenset[str]
) -> str | None:
    """The title ``text`` without the place or places ("A", "A and B", "A, B and C") of
    the unit its leader word leads; the longest run of places first, and only when
    capitalised unit words follow. None when there is no such place."""
    match = _UNIT_AFTER_THE.match(text)
    if match is None or match.group("word").lower() not in leader_words:
        return None
    words = match.group("rest").split()
    for cut in range(min(_MAX_PLACE_WORDS, len(words) - 1), 0, -1):
        if not words[cut][:1].isupper() or words[cut - 1].endswith(","):
            continue
        parts = _LIST_JOINS.split(" ".join(words[:cut]))
        if all(part and (part in COUNTY_SHORT_FORMS or is_place(part)) for part in parts):
            return match.group("lead") + " ".join(words[cut:])
    return None
