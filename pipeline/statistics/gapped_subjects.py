"""Gapped list items: a place right before a figure is the subject of its item ("Hull
recorded 40 thefts, York 25 and Selby 12": 25 is York's), read by the figure's area
(:mod:`pressfacts.statistics.figure_areas`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pressfacts.lexicon.number_words import WORD_NUMBER
from pressfacts.statistics.areas import Place
from pressfacts.statistics.elided_lists import ROUGHLY
from pressfacts.statistics.elided_words import PLACE_SCOPE_WORDS

_GAP_WORD = rf"(?:(?:{PLACE_SCOPE_WORDS})\s+)?(?:(?:for|with)\s+)?"
"""The preposition a gapped item may keep: "Leeds for 91", "Kirklees with 63", after a
word scoping the place ("Cornwall as a whole for 57": ``PLACE_SCOPES``)."""
_GAP = rf"\s+{_GAP_WORD}{ROUGHLY}"
"""A gapped item's words between its place and its figure, a hedge allowed."""
GAPPED_SUBJECT = re.compile(_GAP + "$", re.I)
"""Between a place and a figure right after it: the place is the subject of a gapped list
item ("Hull recorded 40 thefts, York 25 and Selby 12": 25 is York's, not Selby's; "Hull
accounted for 40, York for 25 and Selby for 12")."""


_GAPPED_FIGURE = re.compile(rf"{_GAP}(?:£?\d|{WORD_NUMBER}\b)|\s*\(\s*£?\d", re.I)
_ITEM_LEAD = re.compile(r"(?:,|\band|\bthen|\bfollowed\s+by)\s+(?:in\s+)?(?:the\s+)?$")
"""Before a gapped item's place: a comma, "and", "then" or "followed by", and the "in" an
item keeps from a first clause that opened on its place ("while in Leeds the figure was
49% and in York 52%": 52 is York's, 49 Leeds')."""


def is_gapped_subject(text: str, place: Place) -> bool:
    """Whether ``place`` opens a gapped list item: after a comma, "and", "then" or
    "followed by" (and an article), a figure right after it or in brackets (", York 25",
    "and Selby 12", "and the Wirral 9", "followed by Dover (401)", "and Kirklees three")."""
    return bool(
        _GAPPED_FIGURE.match(text, place.end)
        and _ITEM_LEAD.search(text[max(0, place.start - 16) : place.start])  # "followed by the "
    )


def gapped_subject(text: str, at: int, places: Sequence[Place]) -> Place | None:
    """The place of ``places`` standing right before the figure at ``at`` as the subject
    of a gapped list item (:data:`GAPPED_SUBJECT`; the item follows a comma or "and")."""
    before = [p for p in places if p.end <= at and at - p.end <= 28]
    if not before:
        return None
    place = before[-1]
    if not GAPPED_SUBJECT.fullmatch(text, place.end, at):
        return None
    return place if is_gapped_subject(text, place) else None
