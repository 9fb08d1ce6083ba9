"""A place's name that opens a street's name is no place ("Leicester Square", "Oxford
Street", "Bristol Road", "Piccadilly Circus" in London is a square, not a city), nor one
that opens a railway line's name ("the Brighton Main Line", "the Hastings line"), nor one
that names a river after "River" (``river_name``: "on the River Witham", "the river Derwent":
Witham is an Essex town, the river runs through Lincolnshire), nor one that ends another
town's name opened by "New" (``new_town_name``: "New Brighton" is not Brighton), nor one
that names the edge of a place (``border_edge``: "to the Somerset border"), nor a
common word written in lower case (``common_word_place``: "the Merseyside derby" names no
Derby).

The gazetteer matches a place by its name alone; a capitalised street word right after it
(:data:`STREET_WORDS`) makes the two one street's name, so the place is not the area
("thefts near Leicester Square fell": the square is in London, not in Leicester). Not "in
Leicester city centre", "Oxford's streets", "Bristol roads" (lower case: a place's
streets).
"""

from __future__ import annotations

import re

STREET_WORDS: tuple[str, ...] = (
    "Street", "Road", "Square", "Circus", "Lane", "Avenue", "Crescent", "Terrace",
)  # fmt: skip
"""Capitalised words that end a street's name after a place's name."""

STREET_AFTER = re.compile(r"\s+(?:" + "|".join(STREET_WORDS) + r")\b")
"""A street word right after a place's name (case kept: "Oxford Street", not "Oxford
streets")."""


RAIL_LINE_WORDS: tuple[str, ...] = (
    "Main Line", "main line", "Branch Line", "branch line", "Line", "line",
)  # fmt: skip
"""Words that end a railway line's name after a place's name ("the Brighton Main Line",
"the Hastings line", "the Looe branch line"): the line runs far beyond the place."""

RAIL_LINE_AFTER = re.compile(r"\s+(?:" + "|".join(RAIL_LINE_WORDS) + r")\b(?![-’'])")
"""A railway line word right after a place's name: singular only ("Leeds lines", "the
county lines" are not a line's name), not "line-up"."""


def names_a_street(text: str, end: int) -> bool:
    """Whether the place that ends at ``end`` opens a street's name or a railway line's
    name (:data:`RAIL_LINE_WORDS`)."""
    return (
        STREET_AFTER.match(text, end, end + 12) is not None
        or RAIL_LINE_AFTER.match(text, end, end + 14) is not None
    )


RIVER_BEFORE = re.compile(r"\b[Rr]iver\s+$")
"""``river_name``: "River" right before a place's name ("on the River Witham", "along the
river Wear"): the name is a river's, which runs far beyond any town of that name. Not
"Rivers" nor "riverside" (no single word "river" before), nor "the Witham river" (the
word after: left to the gazetteer)."""


NEW_BEFORE = re.compile(r"(?<![.!?:\n]\s)(?<![.!?:\n])\bNew\s+$")
"""``new_town_name``: a capitalised "New" right before a place's name inside a sentence
("a meet on the New Brighton seafront", "officers from New York"): another town named after
it (New Brighton is on the Wirral, not in Sussex), so the place is not the area. Not "new"
in lower case ("the new Brighton hub"), nor "New" opening a sentence ("New Leeds figures
show …": an adjective), nor a known place whose own name opens with "New" ("New Forest":
the gazetteer's longer match)."""


_ROAD_PART = (
    r"\b(?:stretch|section|length|part|carriageway|road|motorway|(?-i:[MA]\d{1,4})(?:\(M\))?)"
    r"\s+(?:of\s+(?:the\s+)?(?:(?-i:[MA]\d{1,4})(?:\(M\))?|[\w-]+\s+road|motorway)\s+)?between\s+"
)
ROUTE_END_BEFORE = re.compile(
    rf"{_ROAD_PART}(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){{0,3}}?\s+and\s+)?$", re.I
)
"""``route_end``: a place that ends a stretch of road ("on the stretch between Stafford and
Stoke-on-Trent", "the M6 between Stafford and Stoke-on-Trent", "a section of the A55
between Conwy and Bangor"): the road runs between the places, which are not the area of
what was counted on it. Not "in Stafford and Stoke-on-Trent" (no road before "between"),
nor "between Leeds and York officers made 40 arrests" (no road word)."""


LAW_NAME_AFTER = re.compile(r"\)\s+(?:Act|Order|Regulations|Bill)\b")
"""``law_name_place``: a place in brackets before "Act", "Order", "Regulations" or "Bill"
is part of a law's title ("the Domestic Abuse (Scotland) Act 2018", "the Justice (Northern
Ireland) Act 2016"), not the area of a figure counted under it; not "(Scotland)" after a
body's name ("Crimestoppers (Scotland) said") nor a place in brackets alone."""


COMMON_WORD_PLACES: frozenset[str] = frozenset(
    {"bath", "bury", "craven", "derby", "hull", "reading", "rugby", "stoke"}
)
"""``common_word_place``: places of the gazetteer whose names are also common lower-case
words ("the Merseyside derby", "after reading the report", "rugby fans", "a boat's hull",
"craven attacks"): written all in lower case inside a sentence, the word is not the place.
Not "Derby", "DERBY" (a headline in capitals), "Reading Borough Council", "Hull".
"""


def common_word_place(text: str, start: int, end: int) -> bool:
    """Whether the place at ``start``..``end`` is one of :data:`COMMON_WORD_PLACES`
    written all in lower case (rule ``common_word_place``)."""
    word = text[start:end]
    return word.islower() and word in COMMON_WORD_PLACES


BORDER_AFTER = re.compile(r"\s+(?:border|boundary)\b(?![-‐])")
"""``border_edge``: a place between "to the" and a lower-case "border" or "boundary"
("covers calls from Truro to the Devon border", "patrols up to the Lancashire boundary"):
the place names an edge the figure reaches, not the area it was counted in. Not "at the
UK border" (where what was counted happened: the place's own border), "the Scottish
Borders" (capitalised: a council area), "Somerset borders Devon" (a verb), "Devon's
border" (a possessive) nor "in Somerset, near the border" (no place before it)."""

TO_THE_BEFORE = re.compile(r"\bto\s+the\s+$")
""""to the" right before a place whose edge :data:`BORDER_AFTER` names."""


def names_an_edge(text: str, start: int, end: int) -> bool:
    """Whether the place at ``start``..``end`` names an edge (rule ``border_edge``)."""
    return (
        TO_THE_BEFORE.search(text, max(0, start - 8), start) is not None
        and BORDER_AFTER.match(text, end, end + 12) is not None
    )


def names_no_place(text: str, start: int, end: int) -> bool:
    """Whether the place at ``start``..``end`` opens a street's or a railway line's name
    (:func:`names_a_street`), is a river's name (:data:`RIVER_BEFORE`), ends another
    town's name opened by "New" (:data:`NEW_BEFORE`), ends a stretch of road
    (:data:`ROUTE_END_BEFORE`), stands in brackets in a law's title
    (:data:`LAW_NAME_AFTER`), names an edge (:func:`names_an_edge`) or is a common word in
    lower case (:func:`common_word_place`)."""
    return (
        common_word_place(text, start, end)
        or names_a_street(text, end)
        or RIVER_BEFORE.search(text, max(0, start - 8), start) is not None
        or NEW_BEFORE.search(text, max(0, start - 8), start) is not None
        or ROUTE_END_BEFORE.search(text, max(0, start - 90), start) is not None
        or (text[start - 1 : start] == "(" and LAW_NAME_AFTER.match(text, end) is not None)
        or names_an_edge(text, start, end)
    )
