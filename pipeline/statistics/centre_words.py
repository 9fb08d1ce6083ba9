"""Rule ``centre-named-before``: "the city centre" or "the town centre" in a figure's
sentence, after a centre named with its town before ("racks across Liverpool city
centre"), is that centre, when the sentence names no place of its own, only one or more bodies
("Liverpool City Council is installing 120 new cycle stands in the city centre": Liverpool
city centre, not the council's Liverpool; "Merseyside's Police and Crime Commissioner …
funded two officers for the city centre": not the PCC's Merseyside).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from pressfacts.statistics.areas import Place

NAMED_CENTRE = re.compile(
    r"(?<![\w'’-])(?P<town>(?-i:[A-Z][\w'’-]*)(?:[ \t]+(?-i:[A-Z][\w'’-]*))?)(?<!['’]s)[ \t]+"
    r"(?P<kind>city|town)[ \t]+centre\b"
)
"""A centre named with its town: "Liverpool city centre", "Bishop Auckland town centre";
not "Warrington's town centre beat team" (an owner's)."""
THE_CENTRE = re.compile(
    r"\b(?:in|for|across|around|throughout|within|into)\s+the\s+(?P<kind>city|town)\s+centre\b"
    r"(?!['’])",
    re.I,
)
"""Words pointing back to a centre: "in the city centre", "for the town centre"; not "the
city centre's" (an owner), "the city centre team" is kept out by "in/for" before it."""
_OPENERS = frozenset({"in", "across", "around", "throughout", "the", "and", "of", "within"})
"""Capitalised words opening a sentence before a town ("In Leeds city centre"): no part of
the town's name."""
BODY_RULES = frozenset({"council", "pcc", "territorial-force", "territorial-service"})
"""Places that are bodies named for their area, not where the figure is."""
FORCE_WIDE = frozenset({"pcc", "territorial-force"})
"""Bodies whose area holds many towns: any town's centre may be theirs."""


class FigureSentence(Protocol):
    """What the rule reads of a figure (a :class:`~.figure_areas.FigureContext`)."""

    @property
    def text(self) -> str: ...
    @property
    def sentence(self) -> tuple[int, int]: ...
    @property
    def places(self) -> Sequence[Place]: ...


def centre_named_before(context: FigureSentence) -> str | None:
    """The centre named before the figure's sentence that its "the city centre" points back
    to, as worded ("Liverpool city centre"); None when the sentence has no such words, none
    was named before, or the sentence names a place of its own or another town's body."""
    text, places = context.text, context.places
    s_start, s_end = context.sentence
    words = THE_CENTRE.search(text, s_start, s_end)
    if words is None:
        return None
    named = None
    for found in NAMED_CENTRE.finditer(text, 0, s_start):
        named = found
    if named is None or named.group("kind") != words.group("kind").lower():
        return None
    parts = named.group("town").split()
    town = " ".join(parts[1:] if len(parts) > 1 and parts[0].lower() in _OPENERS else parts)
    own = [place for place in places if s_start <= place.start < s_end]
    if not own:  # no body named: the house's reading of the words stands
        return None
    for place in own:
        if place.rule not in BODY_RULES or (place.rule not in FORCE_WIDE and place.area != town):
            return None
    return f"{town} {named.group('kind')} centre"
