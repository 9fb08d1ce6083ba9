"""A count in a clause of result after a figure takes that figure's area.

Why: "officers travelled on 90 bus journeys in the city over the weekend, leading to four
arrests" counts the arrests those journeys led to: the arrests are the city's, not the
force's that an aside of the sentence names ("Inspector X, of Nottinghamshire Police's
team, said …"). :func:`result_clause_area` is the figure area rule ``result-clause`` of
:data:`pressfacts.statistics.figure_areas.FIGURE_AREA_RULES`, tried before the place of
the clause; a place named after the count in its own sentence ("leading to four arrests
in Leeds") is left to that rule.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

__all__ = ["RESULT_WORDS", "result_clause_area"]

RESULT_WORDS = re.compile(
    r",\s+(?:leading|resulting|which\s+led|that\s+led|which\s+resulted|that\s+resulted)"
    r"\s+(?:to|in)\s+(?:(?:a\s+total\s+of|more\s+than|over|nearly|almost|around|about|some)"
    r"\s+)?$",
    re.I,
)
"""The words of a clause of result right before its count: ", leading to", ", which
resulted in", ", resulting in more than"."""
_REACH = 60
"""How far before the count (characters) its clause of result may start."""


class _Place(Protocol):
    @property
    def start(self) -> int: ...


def result_clause_area(
    text: str,
    sentence: tuple[int, int],
    at: int,
    places: Sequence[_Place],
    sibling_area: str | None,
) -> str | None:
    """``sibling_area`` (the area of the figure before it in its sentence, which
    :func:`pressfacts.statistics.sibling_areas.compared_area` gives such a count) for the
    count at ``at`` opened by :data:`RESULT_WORDS`, when no place is named after the count
    in its sentence; else None."""
    if sibling_area is None or not RESULT_WORDS.search(text, max(sentence[0], at - _REACH), at):
        return None
    if any(at < place.start < sentence[1] for place in places):
        return None
    return sibling_area
