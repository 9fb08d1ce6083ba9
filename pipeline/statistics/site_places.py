"""A town named as what a rural site is near: the scope of what was found there.

"Three owls were found dead on a farm near Dover", "traps set on the moor near
Hathersage": the figure is the town's, as "in Dover" would make it, not the area of the
force whose sentence it is (rule ``site-near-place``, :data:`SITE_NEAR`).
"""

from __future__ import annotations

import re

__all__ = ["SITE_NEAR", "SITE_NOUNS", "site_near"]

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


def site_near(before: str) -> bool:
    """Whether ``before`` (the text right before a place) names a rural site near that
    place: a scope, as "in Essex" is."""
    return SITE_NEAR.search(before) is not None
