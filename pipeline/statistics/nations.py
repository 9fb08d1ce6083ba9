"""The nations a branch word stands for, and lists of nations that name a country.

Tables the area rules read (:mod:`pressfacts.statistics.areas`): "Barnardo's Cymru"
speaks for Wales; "forces in England, Wales, Scotland and Northern Ireland" are the
UK's. Kept apart from the rules so the tables are read, and tested, as data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NATIONS = {
    "scotland": "Scotland",
    "cymru": "Wales",
    "wales": "Wales",
    "northern ireland": "Northern Ireland",
    "ni": "Northern Ireland",
}
"""The nation each branch word stands for."""
NATION_ADJECTIVES = {
    "scottish": "Scotland",
    "welsh": "Wales",
    "northern irish": "Northern Ireland",
}
"""The nation a body named with its adjective first stands for: the "Scottish
Government", the "Welsh Ambulance Service", the "Scottish Violence Reduction Unit"."""
_NATION_ADJECTIVE = re.compile(r"(?:[Tt]he\s+)?(Scottish|Welsh|Northern\s+Irish)\s+[A-Z]")


def adjective_nation(name: str) -> str | None:
    """The nation of :data:`NATION_ADJECTIVES` a body's name opens with, if any."""
    found = _NATION_ADJECTIVE.match(name)
    return NATION_ADJECTIVES[" ".join(found.group(1).lower().split())] if found else None


@dataclass(frozen=True)
class NationSet:
    """Places named together that make one larger area."""

    name: str
    members: frozenset[str]
    area: str


NATION_SETS = (
    NationSet(
        "united-kingdom", frozenset({"england", "wales", "scotland", "northern ireland"}), "UK"
    ),
    NationSet("great-britain", frozenset({"england", "wales", "scotland"}), "Great Britain"),
    NationSet("england-and-wales", frozenset({"england", "wales"}), "England and Wales"),
)
"""Lists of nations that name the country: "forces in England, Wales, Scotland and
Northern Ireland" -> UK (the longest set first)."""
