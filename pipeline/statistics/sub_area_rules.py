"""The sub-area rules: words next to a place that name a part of it, worded with it.

A table of named entries (:data:`SUB_AREA_RULES`) that
:func:`pressfacts.statistics.place_wording.worded_places` applies to every gazetteer place:
"north Belfast", "Leicester city centre", "the Lake District National Park", "Dundee City",
"Network Rail's North West & Central region".
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class SubAreaRule:
    """Words next to a place that name a part of it: ``before`` must match the text just
    before the place (ending there), ``after`` the text just after it (starting there)."""

    name: str
    before: re.Pattern[str] | None = None
    after: re.Pattern[str] | None = None
    reach: int = 16
    """How many characters next to the place the rule reads."""


COMPASS = r"(?:north|south|east|west|central|mid)(?:[- ]?(?:east|west))?"
"""A compass point, "central" or "mid", that may open a part of a place."""
SUB_AREA_RULES: tuple[SubAreaRule, ...] = (
    SubAreaRule("compass-part", before=re.compile(rf"(?<![\w-])(?P<words>{COMPASS})[ -]$", re.I)),
    SubAreaRule("centre", after=re.compile(r" (?P<words>(?:city|town) centre)\b", re.I)),
    SubAreaRule("national-park", after=re.compile(r" (?P<words>National Park)\b")),
    SubAreaRule(
        "council-area-city",
        after=re.compile(r" (?P<words>City)\b(?! (?i:centre|council|region|deal|and district)\b)"),
    ),
    SubAreaRule(
        "joined-region",
        after=re.compile(r" (?P<words>& [A-Z][a-z]+)(?= [Rr]egion\b)"),
        reach=32,
    ),
)
"""A part of a place, worded with it: "north Belfast", "South-West London" (a compass
point or "central"/"mid" right before the place); "Leicester city centre", "Wigan town
centre"; a national park named with its own words ("the Lake District National Park",
"Eryri National Park": capitalised, as its name); a Scottish council area named as a
city ("Dundee City", "Aberdeen City"; a capital "City", not "city centre" nor "City
Council"); a region an organisation names by a place joined with "&" to another word
before "region" ("Network Rail's North West & Central region", "its Wales & Western
region": the region as named, not the place alone). A compass word that is part of a
gazetteer name ("South Wales") is matched with the name, never here."""
