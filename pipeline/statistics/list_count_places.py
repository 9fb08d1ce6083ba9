"""A place of a list of counts by place is its count's own, not a figure's before it.

"Grants of up to £5,000 have gone to 12 clubs in Hull, nine in York and six in Selby": Hull
is the 12's own place, an item of a list of counts by place (another count "in" a place
follows it, or it follows one), so the £5,000 before it takes no area from it; it falls to
the other places of its clause, else to the document's area.
"""

from __future__ import annotations

import re

from pressfacts.lexicon.number_words import WORD_NUMBER
from pressfacts.statistics.areas import Place

COUNT_IN_PLACE = re.compile(
    rf"(?:\b\d{{1,3}}(?:,\d{{3}})*|\b{WORD_NUMBER})\s+(?:[a-z][\w-]*\s+){{0,3}}?in\s+(?:the\s+)?$",
    re.I,
)
"""A count, its noun and "in", right before a place: "12 clubs in ", "nine in "."""
NEXT_ITEM = re.compile(rf"(?:,|\s+and)\s+(?:\d{{1,3}}(?:,\d{{3}})*|{WORD_NUMBER})\s+in\s", re.I)
"""The next item of a list of counts by place, right after the place: ", nine in ",
" and six in "."""
ITEM_BEFORE = re.compile(r"(?:,|\band)\s+$", re.I)
"""What stands before a count that is a later item of such a list: ", ", " and "."""
_DIGITS = re.compile(r"\d[\d,.]*")
RANGE_JOIN = re.compile(r"\s*(?:and|to|or|-|–)\s*", re.I)
"""Between a figure and a count that is only its range's other bound: "between 60 and 70"."""


def listed_count_place(text: str, at: int, place: Place) -> bool:
    """Whether ``place``, after the figure at ``at``, is the own place of another count
    that is an item of a list of counts by place (see the module docstring)."""
    if place.start <= at:
        return False
    window = text[at : place.start]
    count = COUNT_IN_PLACE.search(window)
    own = _DIGITS.search(window)
    if count is None or own is None or count.start() < own.end():
        return False
    if RANGE_JOIN.fullmatch(window, own.end(), count.start()):
        return False  # "between 60 and 70 young people in …": one figure's bounds
    return bool(NEXT_ITEM.match(text, place.end) or ITEM_BEFORE.search(window, 0, count.start()))
