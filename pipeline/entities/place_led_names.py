"""Organisation names found by pattern that open on a place a capitalised run cannot cross.

No pattern's capitalised run crosses "and", "with" or a comma, so a name that opens on a
place holding one, or on a list of places, is found cut; the rules here give it back its
opening:
- rule ``joined_place_before``: the whole of a listed place the match starts inside ("Derry
  City and Strabane District Council", "Armagh City, Banbridge and Craigavon Borough
  Council");
- rule ``place_list_before``: a match that opens on two listed places joined by "and" ("Somerset
  and Torbay Trading Standards Service") after listed places each followed by a comma ("Devon,
  "): the list is the name's ("Devon, Somerset and Torbay Trading Standards Service").
"""

from __future__ import annotations

from collections.abc import Set

from spacy.tokens import Doc, Span

PLACE_REACH = 6
"""How many tokens before a pattern's match a place it starts inside may begin."""
PLACE_JOINS = frozenset({"and", ",", "with"})
"""Words inside a listed place name that no pattern's capitalised run crosses ("Telford
and Wrekin", "Armagh City, Banbridge and Craigavon", "Blackburn with Darwen")."""
PLACE_WORDS = 3
"""The most tokens of one listed place ("Derbyshire Dales", "Isle of Wight")."""
LIST_ITEMS = 3
"""The most places before the two joined by "and" (rule ``place_list_before``)."""


def with_place_before(span: Span, places: Set[str]) -> Span:
    """``span`` led by the listed place, or the list of listed places, it opens on (rules
    ``joined_place_before`` and ``place_list_before``); else ``span``."""
    doc = span.doc
    for first in range(max(0, span.start - PLACE_REACH), span.start):
        if not any(t.lower_ in PLACE_JOINS for t in doc[first : span.start]):
            break  # a place reaching in without a join the pattern could not cross
        for last in range(span.start + 1, min(span.end, span.start + PLACE_WORDS) + 1):
            if doc[first:last].text.lower() in places:
                return doc[first : span.end]
    return _place_list_before(span, places)


def _place_end(doc: Doc, start: int, limit: int, places: Set[str]) -> int | None:
    """The end of the listed place at ``start`` (the longest, within ``limit``), or None."""
    ends = range(min(limit, start + PLACE_WORDS), start, -1)
    return next((end for end in ends if doc[start:end].text.lower() in places), None)


def _place_start(doc: Doc, end: int, places: Set[str]) -> int | None:
    """The start of the listed place ending at ``end`` (the longest), or None."""
    starts = range(max(0, end - PLACE_WORDS), end)
    return next((start for start in starts if doc[start:end].text.lower() in places), None)


def _place_list_before(span: Span, places: Set[str]) -> Span:
    """Rule ``place_list_before``: ``span`` led by the list of listed places it ends, "P, Q and
    R", when it opens on the list's last two places ("Q and R …") or on its last place after
    "and" ("… and R"), and one or more places each with a comma after it come before; not "…
    in Exeter, and Torbay Council said" (a comma before "and"), nor "Exeter, Torbay Council
    said" (no "and"), nor "Meanwhile, Devon and Torbay …" (no place before the comma)."""
    doc = span.doc
    first = _place_end(doc, span.start, span.end, places)
    if first is None:
        return span
    start = span.start
    if first < span.end - 1 and doc[first].lower_ == "and":
        if _place_end(doc, first + 1, span.end, places) is None:
            return span
    elif start > 1 and doc[start - 1].lower_ == "and":
        joined = _place_start(doc, start - 1, places)
        if joined is None:
            return span
        start = joined
    else:
        return span
    listed = start
    for _ in range(LIST_ITEMS):
        if listed < 2 or doc[listed - 1].text != ",":
            break
        before = _place_start(doc, listed - 1, places)
        if before is None:
            break
        listed = before
    return doc[listed : span.end] if listed < start else span
