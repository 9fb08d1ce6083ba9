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
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from pressfacts.statistics.figure_areas import FigureContext

__all__ = ["PURPOSE_PLACE", "RESULT_WORDS", "money_purpose_place", "result_clause_area"]

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


PURPOSE_PLACE = re.compile(
    r"\bto\s+(?:(?:help\s+)?(?:train|fund|pay\s+for|support|run|provide|deliver|recruit|hire|"
    r"expand|extend|employ))\b[^.;:]*?\b(?:across|in|throughout)\s+(?:the\s+)?$",
    re.I,
)
"""Rule ``money-purpose-place``: a clause of purpose after a sum, ending on the place it
serves: "awarded £460,000 by the Home Office to train 1,500 staff across England and
Wales"."""


def money_purpose_place(context: FigureContext) -> str | None:
    """Rule ``money-purpose-place`` (:data:`PURPOSE_PLACE`): a sum of money (``£`` at
    ``at``) whose sentence names no place before it takes the first place after it when a
    clause of purpose leads to that place ("£460,000 … to train 1,500 staff across England
    and Wales"): what the money pays for is done there, not in the place of the sentences
    before. Not a sum with a body or place between it and the purpose ("£50,000 from Kent
    County Council to train staff in Dover": the first place after it is no purpose's),
    nor a sum whose sentence names a place before it, nor "to" of another verb ("to be
    spent in Hull")."""
    text, sentence, at, places = context.text, context.sentence, context.at, context.places
    if not text.startswith("£", at) or any(sentence[0] <= p.start < at for p in places):
        return None
    after = sorted((p for p in places if at < p.start < sentence[1]), key=lambda p: p.start)
    if not after or not PURPOSE_PLACE.search(text, at, after[0].start):
        return None
    return after[0].area
