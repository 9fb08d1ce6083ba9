"""Whether a place is named in the sentence right before a point of the text: what a
sentence opened by "Its"/"Their" may speak of (read by
:func:`pressfacts.statistics.figure_areas.figure_area`, rule ``possessive_far_place``)."""

from __future__ import annotations

from pressfacts.lexicon.stops import previous_sentence_start

SENTENCE_REACH = 2000
"""How far back (characters) the start of the sentence before is looked for: more than any
sentence, so the whole text before a figure is never scanned again for each one."""


def named_just_before(text: str, start: int, area: str) -> bool:
    """Whether ``area`` (its first word) is named in the sentence right before ``start``:
    "Belfast accounted for 46% of them. Its rate …" (Belfast's); not a place two
    paragraphs back ("… a pilot in Mansfield and Ashfield. … In 2023/24 the unit reached
    14,600 pupils … Its mentors supported 230 …": the county's, rule
    ``possessive_far_place``)."""
    before = previous_sentence_start(text, start, SENTENCE_REACH)
    first = area.split()[0] if area.split() else area
    return first in text[before:start]
