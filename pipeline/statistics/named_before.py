"""Whether a place is named in the sentence right before a point of the text: what a
sentence opened by "Its"/"Their" may speak of (read by
:func:`pressfacts.statistics.figure_areas.figure_area`, rule ``possessive_far_place``)."""

from __future__ import annotations

import re

_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s|\n")
"""Where a sentence ends: a stop (and a closing quote) then white space, or a line break."""


def named_just_before(text: str, start: int, area: str) -> bool:
    """Whether ``area`` (its first word) is named in the sentence right before ``start``:
    "Belfast accounted for 46% of them. Its rate …" (Belfast's); not a place two
    paragraphs back ("… a pilot in Mansfield and Ashfield. … In 2023/24 the unit reached
    14,600 pupils … Its mentors supported 230 …": the county's, rule
    ``possessive_far_place``)."""
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, 0, max(0, start - 1))]
    before = breaks[-1] if breaks else 0
    first = area.split()[0] if area.split() else area
    return first in text[before:start]
