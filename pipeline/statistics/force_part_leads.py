"""Rule ``police_in_force_part``: a lead's "Police in Devon" names a force by one part of
the joint area it serves ("Devon and Cornwall Police", "Avon and Somerset Police",
"Dyfed-Powys Police"), not the scope of the release's figures: when the document names that
force, the part is no lead place and the release speaks for the force's whole area.

"Police in Devon have begun a crackdown on young drivers. Devon and Cornwall Police said 131
collisions …" gives the 131 "Devon and Cornwall" (before: "Devon"). Not "Police in Plymouth
…" (a town within the area, no part of the force's name) nor "Young drivers in Devon were
involved in 80 collisions" (the figures' own scope: no "police in" before the place).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pressfacts.statistics.areas import Place

__all__ = ["POLICE_IN", "names_force_by_part"]

POLICE_IN = re.compile(r"\b(?:police|officers|detectives|the\s+force)\s+in\s+(?:the\s+)?$", re.I)
"""The words before a place that names the police serving it ("Police in Devon",
"officers in Somerset")."""
POLICE_IN_REACH = 30
"""How far before the place :data:`POLICE_IN` is looked for (characters)."""
_AREA_PARTS = re.compile(r"\s+and\s+|\s*-\s*")
"""Where a joint force area splits into its parts ("Devon and Cornwall", "Dyfed-Powys")."""


def names_force_by_part(text: str, place: Place, bodies: Sequence[Place]) -> bool:
    """Whether ``place`` follows "police in" (:data:`POLICE_IN`) and is one part, not the
    whole, of the joint area of a territorial force among ``bodies`` (the document's
    territorial bodies): "Police in [Devon] …" beside Devon and Cornwall Police."""
    if not POLICE_IN.search(text, max(0, place.start - POLICE_IN_REACH), place.start):
        return False
    area = place.area.casefold()
    return any(
        body.rule == "territorial-force"
        and body.area.casefold() != area
        and area in (part.casefold() for part in _AREA_PARTS.split(body.area))
        for body in bodies
    )
