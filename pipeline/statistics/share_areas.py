"""A share's area: the places that account for it, not the scope of the whole.

"Burglary in Kent rose by 8%, with Dartford and Gravesend accounting for more than a
third of offences": the third is Dartford and Gravesend's share of Kent's offences, so
its area is the places the share belongs to (:data:`SHARE_OF`), although the clause's
scope place ("in Kent") would otherwise win (a scope place outranks a place used
otherwise: :func:`~pressfacts.statistics.areas._rank`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pressfacts.statistics.figure_areas import FigureContext

_TOGETHER = (
    r"(?:(?:together|alone|combined|between\s+them)\s+)?"
    r"(?:(?:now|still|already|currently|also)\s+)?"
)
"""Words between the places and the share's verb: "together", "between them", and (rule
``share_adverb``) a time adverb ("the North West now accounted for around 14% of all
referrals in England and Wales", "Kent still made up 9%")."""
SHARE_OF = re.compile(
    rf"^\s+{_TOGETHER}(?:accounting|accounted|accounts?|making\s+up|made\s+up|makes?\s+up)\s+"
    rf"for\s+(?:[a-z]+\s+){{0,3}}$|^\s+{_TOGETHER}(?:making|made|makes?)\s+up\s+"
    r"(?:[a-z]+\s+){0,3}$",
    re.I,
)
"""What stands between the places a share belongs to and its figure: "accounting for
more than", "made up", "account for almost" (up to three words of qualifier), after
"together" or "between them" ("Leeds and York together accounted for 38%")."""
SHARE_THEN_COUNT = re.compile(
    rf"^\s+{_TOGETHER}(?:accounting|accounted|accounts?|had|has|recorded|saw|reported|logged)\s+"
    r"[^.;:,]{1,60},\s+with\s+(?:(?:around|about|some|nearly|almost|over|more\s+than|just\s+"
    r"over|just\s+under)\s+)?$",
    re.I,
)
"""What stands between a place and the count that states its share or rank after a comma:
"Dundee accounted for almost half of the total, with 1,980", "Hull had the most
arrests, with 41" (the place's own count, however its clause is cut); not "…, with 47 in
Co Antrim" (a place of its own after the count)."""


_CLAUSE_END = re.compile(r"[,;.:]")
_NUMBER = re.compile(r"£?[\d,.]*\d")


def _own_place_after(context: FigureContext) -> bool:
    """Whether a place follows the figure in its own clause ("…, with 47 in Co Antrim"):
    the count is that place's, not the share's."""
    number = _NUMBER.match(context.text, context.at)
    after = number.end() if number else context.at  # past the figure's own commas
    for place in context.places:
        if place.start > after and not _CLAUSE_END.search(context.text, after, place.start):
            return True
    return False


def share_area(context: FigureContext) -> str | None:
    """The area of the places of the figure's sentence that account for it ("with
    Leeds and Bradford accounting for 40%": Leeds and Bradford), or whose share or rank
    it states after a comma (:data:`SHARE_THEN_COUNT`); None otherwise. A share's place
    (:data:`SHARE_OF`) is only the place nearest before the figure: "while Leeds accounted
    for six and Kirklees three" gives three to Kirklees, not to Leeds's share."""
    s_start = context.sentence[0]
    before = [p for p in context.places if s_start <= p.end <= context.at]
    for place in before:
        between = context.text[place.end : context.at]
        nearest = not any(place.end <= other.start for other in before)
        if (nearest and SHARE_OF.match(between)) or (
            SHARE_THEN_COUNT.match(between) and not _own_place_after(context)
        ):
            return place.area
    return None


SHARE_CUE = re.compile(
    rf"\s+{_TOGETHER}(?:accounting|accounted|accounts?|making|made|makes?)\s+(?:up|for)\b"
)
"""After a place: it holds a share of a whole ("… with Leeds accounting for …")."""


def holds_share(text: str, place_end: int) -> bool:
    """The place ending at ``place_end`` is named as holding a share of a wider whole: a
    part, never the area a later "the area" points back to."""
    return bool(SHARE_CUE.match(text, place_end, place_end + 30))


_SHARE_WORDS = (
    r"(?:(?:nearly|almost|around|about|roughly|over|more\s+than|less\s+than|just\s+over|"
    r"just\s+under)\s+)?(?:(?:a|one)\s+(?:half|third|quarter|fifth|tenth)|half|"
    r"(?:one|two|three)\s+in\s+(?:three|four|five|ten)|[\d.]+(?:%|\s+per\s+cent))"
)
WIDER_WHOLE_SHARE = re.compile(
    rf",\s+{_SHARE_WORDS}\s+of\s+(?:all\s+)?(?:those|the\s+[a-z]+(?:\s+[a-z]+)?)\s+"
    r"(?:in|across)\s+",
    re.I,
)
"""After a place's count, its share of a wider place's whole: "Carmarthenshire has 87
licensed breeders, around a quarter of all those in Wales" (rule ``wider_whole_share``):
the wider place ("Wales") scopes the whole, not the count. The share itself is left to
the other rules (it is stated of the wider whole)."""
HOLDER_VERB = re.compile(r"\s+(?:alone\s+)?(?:has|had|have|holds|held|is\s+home\s+to)\s+", re.I)
"""Between a place and the count it holds: "Devon has", "Cardiff alone had"."""


def wider_whole_share(context: FigureContext) -> str | None:
    """The place that holds a count followed by its share of a wider place's whole
    (:data:`WIDER_WHOLE_SHARE`), for the count, when nothing stands between the place and
    the share's comma; None otherwise (and for the share)."""
    s_start, s_end = context.sentence
    share = WIDER_WHOLE_SHARE.search(context.text, s_start, s_end)
    if share is None or context.at >= share.start():
        return None
    before = [p for p in context.places if s_start <= p.start and p.end <= context.at]
    holder = next((p for p in reversed(before) if HOLDER_VERB.match(context.text, p.end)), None)
    if holder is None or _CLAUSE_END.search(context.text, holder.end, share.start()):
        return None  # "Devon has a coast, and officers made 40 arrests, …": not its count
    return holder.area


SHARE_WHOLE_SCOPE = re.compile(
    r"(?:\b(?:half|halves|thirds?|quarters?|fifths?|tenths?|majority)|%|\bper\s+cent|"
    r"\bin\s+(?:three|four|five|ten|\d{1,3}))\s+of\s+(?:all\s+)?(?:the\s+)?"
    r"(?:[a-z-]+\s+){1,3}(?:in|across|throughout|within)\s+(?:the\s+)?$",
    re.I,
)
"""Rule ``share-whole-scope``: the place that scopes the whole a share is of, right before
the place ("More than half of all hate crimes in the force area were recorded in Bristol":
the force area is the whole's, Bristol the share's). Such a place yields to another scope
place of the share's clause (:func:`~pressfacts.statistics.figure_areas._rank`), not to a
body ("Kent Police said 40% of burglaries in Medway …": Medway); alone, it stays the
figure's ("Half of all thefts in Kent were solved"). Not "the number of thefts in
Leeds" (no share before "of")."""


_LATER_SCOPE = re.compile(r"[^.;:!?,]*?\b(?:in|across|at)\s+(?:the\s+)?(?-i:[A-Z])", re.I)
"""A scope place later in the clause, before any comma ("… were recorded in Bristol"; not
"…, against 61% across England and Wales": a yardstick's)."""


def scopes_share_whole(text: str, start: int, end: int) -> bool:
    """Whether the place at ``start``..``end`` of ``text`` scopes a share's whole
    (:data:`SHARE_WHOLE_SCOPE`) and a scope place follows it in its clause; not "In the
    survey for England and Wales, 58% of people in Bedfordshire said …" (no place after:
    Bedfordshire is the share's too)."""
    if SHARE_WHOLE_SCOPE.search(text, max(0, start - 80), start) is None:
        return False
    return _LATER_SCOPE.match(text, end) is not None
