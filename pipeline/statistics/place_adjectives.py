"""Places named by their adjective before a lower-case word for land or water: "along the
Cornish coast" -> Cornwall, "on Cumbrian roads" -> Cumbria.

Named entries (:data:`PLACE_ADJECTIVES`), read by
:meth:`pressfacts.statistics.areas.AreaReader.places_and_bodies` (a place of rule
``place-adjective``). The gazetteer lists places by their names only; a county or nation
worded as its adjective is the same place when what follows is part of it (its coast,
beaches, roads, villages). Not a body named with the adjective first ("the Welsh
Government", "Scottish Water": a capital after, the body's own rules), nor a thing of the
place ("a Cornish pasty", "Welsh speakers": no word for land or water after).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class PlaceAdjective:
    """A place's adjective (``name``, as written) and the place it stands for."""

    name: str
    place: str


PLACE_ADJECTIVES = (
    PlaceAdjective("Cornish", "Cornwall"),
    PlaceAdjective("Cumbrian", "Cumbria"),
    PlaceAdjective("Northumbrian", "Northumberland"),
    PlaceAdjective("Kentish", "Kent"),
    PlaceAdjective("Manx", "Isle of Man"),
    PlaceAdjective("English", "England"),
    PlaceAdjective("Welsh", "Wales"),
    PlaceAdjective("Scottish", "Scotland"),
    PlaceAdjective("Northern Irish", "Northern Ireland"),
)
"""The counties and nations a release names by adjective before its land or water (general
knowledge; only adjectives that name one place: not "Irish", which may be either Ireland)."""

LAND_WORDS = (
    "coast|coasts|coastline|coastlines|beach|beaches|seas|waters|shores|shoreline|cliffs|"
    "harbours|resorts|rivers|lakes|lochs|moors|countryside|roads|lanes|villages|towns|"
    "valleys|hills|islands"
)
"""Words for a place's land or water: what follows its adjective when the adjective names
the place ("the Cornish coast", "Welsh beaches", "Cumbrian roads")."""

_ADJECTIVE = re.compile(
    r"\b(?P<place>"
    + "|".join(entry.name.replace(" ", r"\s+") for entry in PLACE_ADJECTIVES)
    + rf")\s+(?:(?:rural|coastal|busy|busiest|popular|remote|northern|southern|eastern|"
    rf"western|north|south|east|west)\s+)?(?:{LAND_WORDS})\b"
)
_PLACE_OF = {" ".join(entry.name.split()): entry.place for entry in PLACE_ADJECTIVES}


def adjective_places(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, place) of each place :data:`PLACE_ADJECTIVES` names by its adjective
    before a word of :data:`LAND_WORDS` (the span is the adjective's)."""
    for match in _ADJECTIVE.finditer(text):
        start, end = match.span("place")
        yield start, end, _PLACE_OF[" ".join(match.group("place").split())]
