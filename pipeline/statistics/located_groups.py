"""A superlative of the people a body targets, before the place they are in.

A superlative before a place is usually the scope it ranks against ("the largest force
area in England": role ``superlative-scope`` of :mod:`.place_roles`). When the superlative
picks out a group of people, who are then said to be in a place ("officers targeting the
most prolific shoplifters in Liverpool", "the most harmful offenders across Kent"), the
place locates that group, and so the figures of what was done to it: rule
``superlative-located-group`` (:data:`LOCATED_GROUP`), which keeps the place a figure's area.
"""

from __future__ import annotations

import re

GROUP_NOUNS = (
    "offenders", "shoplifters", "thieves", "burglars", "criminals", "suspects",
    "perpetrators", "abusers", "dealers", "gangs", "drivers", "people", "individuals",
    "adults", "children", "families", "residents", "victims", "users",
)  # fmt: skip
"""The nouns of a group of people a superlative may pick out."""

LOCATED_GROUP = re.compile(
    r"(?<!\bof\s)\bthe\s+(?:most\s+[a-z-]+|worst|largest|biggest)\s+(?:[a-z-]+\s+)?"
    rf"(?:{'|'.join(GROUP_NOUNS)})\s+(?:in|across)\s+(?:the\s+)?$",
    re.I,
)
"""Right before a place, a superlative picking out a group of people in it (rule
``superlative-located-group``): "targeting the most prolific shoplifters in ", "the most
vulnerable children across "; not "one of the most deprived areas in " (no people: a
ranking), "some of the most prolific shoplifters in " (one group ranked against the
place's), "the highest number of offenders in " (a count ranked, not a group)."""


def located_group(text: str, start: int) -> bool:
    """Whether the place at ``start`` of ``text`` locates the group a superlative picks
    out right before it (:data:`LOCATED_GROUP`)."""
    return LOCATED_GROUP.search(text, max(0, start - 70), start) is not None
