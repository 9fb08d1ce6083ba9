"""A place of a list of counts by place is its count's own, not a figure's before it.

"Grants of up to £5,000 have gone to 12 clubs in Hull, nine in York and six in Selby": Hull
is the 12's own place, an item of a list of counts by place (another count "in" a place
follows it, or it follows one), so the £5,000 before it takes no area from it; it falls to
the other places of its clause, else to the document's area. So does a place that a
later average of the clause names as its own scope (:func:`later_figures_place`: "5.8%
in 2024/25, compared with 6.9% in 2023/24 and an average of 6.4% across forces in
England and Wales": England and Wales is the 6.4%'s, not the 5.8%'s or the 6.9%'s).
"""

from __future__ import annotations

import re

from pressfacts.lexicon.number_words import WORD_NUMBER
from pressfacts.statistics.areas import Place

_DIGITS_COUNT = r"\d{1,3}(?:,\d{3})*"
"""A count in digits, thousands separated ("9", "1,204"); with :data:`WORD_NUMBER`, a count."""
COUNT_IN_PLACE = re.compile(
    rf"(?:\b{_DIGITS_COUNT}|\b{WORD_NUMBER})\s+(?:[a-z][\w-]*\s+){{0,3}}?in\s+(?:the\s+)?$",
    re.I,
)
"""A count, its noun and "in", right before a place: "12 clubs in ", "nine in "."""
NEXT_ITEM = re.compile(rf"(?:,|\s+and)\s+(?:{_DIGITS_COUNT}|{WORD_NUMBER})\s+in\s", re.I)
"""The next item of a list of counts by place, right after the place: ", nine in ",
" and six in "."""
ITEM_BEFORE = re.compile(r"(?:,|\band)\s+$", re.I)
"""What stands before a count that is a later item of such a list: ", ", " and "."""
_NOUN_WORD = r"\s+(?!(?:in|across|at|from|on|and|of)\b)[a-z][\w-]*"
SHARED_PAIR = re.compile(
    rf"(?:{_NOUN_WORD}){{1,3}}\s+and\s+(?:{_DIGITS_COUNT}|(?i:{WORD_NUMBER}))"
    rf"(?:{_NOUN_WORD}){{1,3}}\s+in\s+(?:the\s+)?"
)
"""Rule ``shared-pair-place``: two counts of different things joined by "and", the place
after the second (and no list item after it) the scope of both: "searched 15 addresses and
four lock-ups in Gravesend" gives the 15 Gravesend too; not "12 clubs in Hull and nine in
York" (the first has its own place), "12 clubs and nine in York" (the second no noun: an
item of a list by place) nor "…, nine lock-ups in York, and six in Selby" (a list)."""
LIST_GOES_ON = re.compile(
    rf",?\s+(?:and\s+)?(?:{_DIGITS_COUNT}|{WORD_NUMBER})\s+(?:[a-z][\w-]*\s+)?in\s", re.I
)
"""A later item of a list by place right after the place (", and six in ", " and two more in")."""
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
    if NEXT_ITEM.match(text, place.end):
        return True
    if SHARED_PAIR.fullmatch(window, own.end()) and not LIST_GOES_ON.match(text, place.end):
        return False  # rule shared-pair-place
    return bool(ITEM_BEFORE.search(window, 0, count.start()))


_FIGURE = re.compile(r"(?<![\w.,])£?\d[\d,.]*")
"""A figure written in digits."""
FIGURE_SCOPE = re.compile(
    r"£?\d[\d,.]*(?:\s*%|\s+per\s*cent\b)?\s+"
    r"(?:(?!(?:and|or|but|while|whereas)\b)[a-z][\w-]*\s+){0,3}?"
    r"(?:in|across|throughout|within)\s+(?:the\s+)?",
    re.I,
)
"""A figure, a few words of its noun and a place's preposition, right before the place:
"6.4% across forces in ", "212 arrests in the "."""
AVERAGE_BEFORE = re.compile(r"\b(?:average|mean|median)\s+(?:rate\s+)?(?:of\s+)?$", re.I)
"""Right before a figure that is a yardstick with a place of its own: "an average of 6.4%
across forces in …", "the national average of 12 …", "a median of 40 …"."""


def later_figures_place(text: str, at: int, place: Place) -> bool:
    """Whether ``place``, after the figure at ``at``, is the scope of an average standing
    between them (:data:`AVERAGE_BEFORE`, :data:`FIGURE_SCOPE`): "… 6.9% in 2023/24 and an
    average of 6.4% across forces in Wales"."""
    if place.start <= at:
        return False
    first = _FIGURE.match(text, at)
    for figure in _FIGURE.finditer(text, first.end() if first else at, place.start):
        if AVERAGE_BEFORE.search(text, max(0, figure.start() - 30), figure.start()) and (
            FIGURE_SCOPE.fullmatch(text, figure.start(), place.start)
        ):
            return True
    return False
