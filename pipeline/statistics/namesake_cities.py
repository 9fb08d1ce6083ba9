"""A county named after its city: "in the city" in its release is that city.

Why: a release of Nottinghamshire's force or commissioner says "1,960 of them in the city"
and means Nottingham, which it names elsewhere; read alone, "the city" names no place. A
county whose name is its city's and "shire" (Nottinghamshire, Leicestershire, Derbyshire)
gives the city by its name; :func:`namesake_city` is the figure area rule
``namesake-city`` of :data:`pressfacts.statistics.figure_areas.FIGURE_AREA_RULES`.
"""

from __future__ import annotations

import re

_CITY_WORDS = re.compile(
    r"£?\d(?:[\d,.]*\d)?(?:\s*(?:%|per\s+cent))?\s+(?:[a-z][\w-]*\s+){0,4}?(?:in|across|within)\s+"
    r"the\s+city\b(?!\s+(?:council|centre|of)\b)",
    re.I,
)
"""A figure, its noun and "in the city" right after it: "1,960 of them in the city"; the
figure ends on a digit, so a figure that ends its sentence ("…, to 1,318. Demand has been
highest in the city") never reads the next sentence's city (rule ``namesake-city``)."""
_CITY_OPENING = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:(?:in|across|within)\s+the\s+city\s*,|the\s+(?:[a-z]+\s+"
    r"(?:in|across|for)\s+the\s+)?city\s+(?!council|centre|of\b)[a-z]+)[^.!?\n]*$",
    re.I,
)
"""A sentence opening on "the city" before the figure: "Across the city, 410 …", the city
as its subject ("The city accounted for 610 …", "The rate in the city was 2.1")."""
_OPENING_REACH = 160


def namesake_city(text: str, at: int, document_area: str | None) -> str | None:
    """For the figure at ``at`` with "in the city" right after it, or in a sentence
    opening "Across the city," or on "the city" as its subject before it, in a release
    whose area ``document_area`` is a county named after its city: that city, when
    ``text`` names it; else None."""
    area = document_area
    if not area or not area.endswith("shire"):
        return None
    if not _CITY_WORDS.match(text, at) and not _CITY_OPENING.search(
        text, max(0, at - _OPENING_REACH), at
    ):
        return None
    city = area.removesuffix("shire")
    named = re.search(rf"\b{re.escape(city)}\b(?!shire)", text)
    return city if named else None
