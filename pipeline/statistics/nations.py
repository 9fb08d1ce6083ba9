"""The nations a branch word stands for, and lists of nations that name a country.

Tables the area rules read (:mod:`pressfacts.statistics.areas`): "Barnardo's Cymru"
speaks for Wales; "forces in England, Wales, Scotland and Northern Ireland" are the
UK's. Kept apart from the rules so the tables are read, and tested, as data.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
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
    NationSet(
        "england-wales-and-northern-ireland",
        frozenset({"england", "wales", "northern ireland"}),
        "England, Wales and Northern Ireland",
    ),
    NationSet("england-and-wales", frozenset({"england", "wales"}), "England and Wales"),
)
"""Lists of nations that name the country: "forces in England, Wales, Scotland and
Northern Ireland" -> UK (the longest set first); "England, Wales and Northern Ireland" is
the remit of Action Fraud and the NFIB (Scotland reports fraud to Police Scotland)."""

_NATION = r"(?:England|Wales|Scotland|Northern\s+Ireland)"
_NATION_LIST = re.compile(rf"\b{_NATION}(?:(?:,\s+|\s+(?:and|&)\s+){_NATION})+$")
"""A list of nations closing a body's name: "Rape Crisis England & Wales", "Victim
Support England and Wales"."""


def listed(names: Sequence[str], joiner: str = "and") -> str:
    """The name of places listed together, as a release writes it: "Hull", "Hull and York",
    "Hull, York and Selby" (``joiner`` "or": "Hull, York or Selby")."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {joiner} {names[-1]}"


def listed_nations(name: str) -> str | None:
    """The area a list of nations closing ``name`` makes: a country of
    :data:`NATION_SETS` ("Rape Crisis England & Wales" -> England and Wales), else the
    nations listed with "and" ("… Scotland & Northern Ireland" -> Scotland and Northern
    Ireland); None without a list (one nation alone is a national branch of
    :data:`NATIONS`)."""
    found = _NATION_LIST.search(name)
    if not found:
        return None
    parts = [" ".join(part.split()) for part in re.split(r",\s+|\s+(?:and|&)\s+", found.group(0))]
    members = frozenset(part.lower() for part in parts)
    named = next((s.area for s in NATION_SETS if s.members == members), None)
    return named or listed(parts)


def body_nation(name: str, branch_word: str) -> str | None:
    """The nation (or country) a body named ``name`` stands for: a list of nations closing
    its name (:func:`listed_nations`), its national branch word ``branch_word`` (lower
    case: "scotland" of "NSPCC Scotland"), or its nation's adjective first
    (:func:`adjective_nation`); None when none."""
    return listed_nations(name) or NATIONS.get(branch_word) or adjective_nation(name)


COUNTRY_AREAS = frozenset(
    area.casefold()
    for area in (*NATIONS.values(), "England", *(nation_set.area for nation_set in NATION_SETS))
)
"""Areas that are a nation or a country of nations (folded): what "nationally" means when
a release speaks for one."""


def is_country(area: str | None) -> bool:
    """Whether ``area`` is a nation or a country of :data:`COUNTRY_AREAS` ("UK", "Wales",
    "England and Wales"), not a place within one."""
    return area is not None and area.casefold() in COUNTRY_AREAS
