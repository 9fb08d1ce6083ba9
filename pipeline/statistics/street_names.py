"""A place's name that opens a street's name is no place ("Leicester Square", "Oxford
Street", "Bristol Road", "Piccadilly Circus" in London is a square, not a city).

The gazetteer matches a place by its name alone; a capitalised street word right after it
(:data:`STREET_WORDS`) makes the two one street's name, so the place is not the area
("thefts near Leicester Square fell": the square is in London, not in Leicester). Not "in
Leicester city centre", "Oxford's streets", "Bristol roads" (lower case: a place's
streets).
"""

from __future__ import annotations

import re

STREET_WORDS: tuple[str, ...] = (
    "Street", "Road", "Square", "Circus", "Lane", "Avenue", "Crescent", "Terrace",
)  # fmt: skip
"""Capitalised words that end a street's name after a place's name."""

STREET_AFTER = re.compile(r"\s+(?:" + "|".join(STREET_WORDS) + r")\b")
"""A street word right after a place's name (case kept: "Oxford Street", not "Oxford
streets")."""


def names_a_street(text: str, end: int) -> bool:
    """Whether the place that ends at ``end`` opens a street's name."""
    return STREET_AFTER.match(text, end, end + 12) is not None
