"""A superlative of the people a body targets, before the place they are in.

A superlative before a place is usually the scope it ranks against ("the largest force
area in England": role ``superlative-scope`` of :mod:`.place_roles`). When the superlative
picks out a group of people, who are then said to be in a place ("officers targeting the
most prolific shoplifters in Liverpool", "the most harmful offenders across Kent"), the
place locates that group, and so the figures of what was done to it: rule
``superlative-located-group`` (:data:`LOCATED_GROUP`), which keeps the place a figure's area.
"Most" after a preposition or opening a sentence is no superlative at all but a quantifier
(rule ``most_quantifier``: "behind most van break-ins across West Yorkshire"), and the
place after it stays a figure's area too.
"""

from __future__ import annotations

import re

GROUP_NOUNS = (
    "offenders", "shoplifters", "thieves", "burglars", "criminals", "suspects",
    "perpetrators", "abusers", "dealers", "gangs", "drivers", "people", "individuals",
    "adults", "children", "families", "residents", "victims", "users",
)  # fmt: skip
"""The nouns of a group of people a superlative may pick out."""

_GROUP = rf"(?:[a-z-]+\s+)?(?:{'|'.join(GROUP_NOUNS)})"
"""A group noun with at most one word before it ("prolific shoplifters", "thieves")."""
LOCATED_GROUP = re.compile(
    r"(?<!\bof\s)\bthe\s+(?:most\s+[a-z-]+|worst|largest|biggest)\s+"
    rf"{_GROUP}(?:\s+(?:and|or)\s+{_GROUP})?\s+(?:in|across)\s+(?:the\s+)?$",
    re.I,
)
"""Right before a place, a superlative picking out a group of people in it (rule
``superlative-located-group``): "targeting the most prolific shoplifters in ", "the most
vulnerable children across ", also two groups joined by "and" or "or" ("the most prolific
burglars and thieves in ", "the most vulnerable children and families across "); not "one
of the most deprived areas in " (no people: a ranking), "the most deprived wards and
estates in " (no people either), "some of the most prolific shoplifters in " (one group
ranked against the place's), "the highest number of offenders in " (a count ranked, not a
group)."""


def located_group(text: str, start: int) -> bool:
    """Whether the place at ``start`` of ``text`` locates the group a superlative picks
    out right before it (:data:`LOCATED_GROUP`)."""
    return LOCATED_GROUP.search(text, max(0, start - 70), start) is not None


MOST_QUANTIFIER_BEFORE = re.compile(
    r"(?:^|[.!?:;]\s+|\b(?:behind|for|of|in|across|at|to|with|from|by|on|among|over)\s+)$",
    re.I,
)
"""Right before "most": a preposition or a sentence's start, after which "most" is a
quantifier (rule ``most_quantifier``: "gangs behind most van break-ins across West
Yorkshire", "Most thefts in Kent happen at night": the majority of the things, where they
are), not a superlative ranking the place ("recorded the most thefts in Kent", "had most
thefts in the region")."""


def most_quantifier(text: str, superlative: re.Match[str]) -> bool:
    """Whether a ``superlative`` found in ``text`` is "most" used as a quantifier (rule
    ``most_quantifier``: :data:`MOST_QUANTIFIER_BEFORE` right before it)."""
    at = superlative.start()
    return superlative.group().lower().startswith("most") and bool(
        MOST_QUANTIFIER_BEFORE.search(text, max(0, at - 12), at)
    )
