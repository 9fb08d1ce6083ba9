"""A town named as what a rural site is near: the scope of what was found there.

"Three owls were found dead on a farm near Dover", "traps set on the moor near
Hathersage": the figure is the town's, as "in Dover" would make it, not the area of the
force whose sentence it is (rule ``site-near-place``, :data:`SITE_NEAR`). A vehicle
stopped or searched near a town likewise: "officers from the regional organised crime unit
stopped a car near Doncaster and found 40 packages": Doncaster's, not the unit's region
(rule ``vehicle-stop-near-place``, :data:`VEHICLE_STOP_NEAR`).
"""

from __future__ import annotations

import re

__all__ = ["SITE_NEAR", "SITE_NOUNS", "VEHICLE_NOUNS", "VEHICLE_STOP_NEAR", "site_near"]

SITE_NOUNS: tuple[str, ...] = (
    "farm",
    "farmland",
    "moor",
    "moorland",
    "estate",
    "field",
    "wood",
    "woodland",
    "forest",
    "reserve",
    "beach",
    "lane",
    "track",
    "hillside",
    "fell",
    "common",
    "quarry",
    "land",
)
"""Rural sites a figure's things may be found on or at, near a town."""
SITE_NEAR = re.compile(
    r"\b(?:on|at|in)\s+(?:(?:an?|the|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(SITE_NOUNS)
    + r")\s+(?:near|outside|close\s+to)\s+$",
    re.I,
)
"""Before a place, a rural site it is near (rule ``site-near-place``): "on a farm near ",
"on the grouse moor near ", "in woodland outside "; not "a farm worker near " (no site
preposition), "near " alone (read as any place is)."""


VEHICLE_NOUNS: tuple[str, ...] = (
    "car",
    "van",
    "vehicle",
    "lorry",
    "HGV",
    "taxi",
    "motorbike",
    "motorcycle",
    "coach",
    "minibus",
    "pick-up",
    "4x4",
)
"""Vehicles a stop or search near a town finds a figure's things in."""
VEHICLE_STOP_NEAR = re.compile(
    r"\b(?:stopped|stopping|searched|searching|pulled\s+over|intercepted|intercepting)\s+"
    r"(?:an?|the|one|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(VEHICLE_NOUNS)
    + r")s?\s+(?:near|outside|close\s+to)\s+$",
    re.I,
)
"""Before a place, a vehicle stopped or searched near it (rule ``vehicle-stop-near-place``):
"stopped a car near ", "searched a white van outside ", "pulled over a lorry close to " (read
in the 30 characters before the place, as the site rule is); not "a car park near " (no
vehicle), "stopped near " (no vehicle), "a car crashed near " (no stop or search)."""


def site_near(before: str) -> bool:
    """Whether ``before`` (the text right before a place) names a rural site near that
    place, or a vehicle stopped or searched near it: a scope, as "in Essex" is."""
    return SITE_NEAR.search(before) is not None or VEHICLE_STOP_NEAR.search(before) is not None
