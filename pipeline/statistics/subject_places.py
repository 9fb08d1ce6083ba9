"""The figure-area rules that read a place from its sentence's opening words or subject
(:data:`~.figure_areas.FIGURE_AREA_RULES`): ``sentence-opening`` and ``subject-place``.

Rule ``subject-place``: a sentence whose counting subject is the police of a place ("Home
Office figures show that police in England and Wales recorded 4,780 hate crimes …, down 11%
on the year before, and 18,300 offences …") counts every figure of the sentence there: a
later figure whose own clause names no place takes that place, not the document's area.
Not "officers from Leeds" (where they come from), nor a subject whose verb counts nothing
("police in Leeds are appealing …"); a clause naming its own place keeps it (rule
``clause-place`` is tried first)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pressfacts.statistics.areas import Place

SUBJECT_BEFORE = re.compile(
    r"\b(?:police|officers|(?:police\s+)?forces|detectives)\s+(?:in|across|throughout)\s+"
    r"(?:the\s+)?$",
    re.I,
)
"""The words of a counting subject right before its place: "police in", "officers across
the", "forces throughout"; not "officers from" (their origin)."""

COUNTING_VERB = re.compile(
    r"\s+(?:have\s+|had\s+)?(?:recorded|logged|made|received|dealt\s+with|seized|arrested|"
    r"charged|issued|investigated|attended)\b",
    re.I,
)
"""The verb right after the subject's place that makes the subject count the figures."""

PLACE_ASIDE = re.compile(r",\s+(?:where|which|whose)\b[^,.;:!?\"“”]{1,100},(?=\s)")
"""Rule ``subject-place``'s aside between the place and its counting verb (pattern
``place-aside``): "Officers in Hinckley, where meets gather on industrial estates, seized
41 of them" counts the 41 in Hinckley; the aside ends at its next comma and holds no full
stop or quote mark."""

OPENING_PLACE = re.compile(r"(?:In|Across|Throughout|Within|For)\s+(?:the\s+)?")
"""The words that open a sentence with its place ("In Liverpool the fall was sharper,
…", "Across Gwynedd, …")."""


def sentence_opening(text: str, sentence: tuple[int, int], places: Sequence[Place]) -> str | None:
    """A figure whose clause names no place takes the place that opens its sentence as
    its scope ("In Carlisle the rise was steeper, with 310 thefts compared with 240": both
    Carlisle's), before any figure pointed back to or place led in; words of its sentence
    that point back to a wider area ("across the county") come first."""
    opening = OPENING_PLACE.match(text, sentence[0])
    if opening is None:
        return None
    return next((p.area for p in places if p.start == opening.end()), None)


_LOOK_BACK = 40
"""How far before a place its subject's words are looked for."""


def subject_place(
    text: str, sentence: tuple[int, int], at: int, places: Sequence[Place]
) -> str | None:
    """The area of the last counting subject's place before the figure in its sentence
    ("police in England and Wales recorded …", "officers in Hull, where …, seized …"), or
    None."""
    s_start = sentence[0]
    found = None
    for place in places:
        if not s_start <= place.start < at:
            continue
        before = text[max(s_start, place.start - _LOOK_BACK) : place.start]
        aside = PLACE_ASIDE.match(text, place.end)
        verb_at = aside.end() if aside else place.end
        if SUBJECT_BEFORE.search(before) and COUNTING_VERB.match(text, verb_at):
            found = place.area
    return found
