"""Places that tell a body's or a speaker's remit, not the scope of a figure: ranked last
among a clause's places by :func:`~pressfacts.statistics.figure_areas._rank`, so any other
place the clause names comes first; alone in the clause, they are still its area.

- rule ``portfolio-remit`` (:data:`~.place_roles.PORTFOLIO_BEFORE`): "Jo Bell, director for
  the North West, said 40 seizures were made at UK ports";
- rule ``aside-remit`` (:data:`SUBJECT_ASIDE`): a place inside a relative clause between
  commas that describes the subject before its verb ("Southeastern, which runs trains
  across Kent, paid for 40 workshops in schools in Medway and Ashford": Medway and
  Ashford; "The charity, which works across Wales, helped 3,000 families": Wales, the
  only place). Not a "where" clause ("… to Walsall, where thefts have risen by a fifth":
  the place the figure is of), nor a place after the aside's closing comma;
- rule ``speaker-unit-aside`` (:data:`SPEAKER_OF_BEFORE`): the body or place a speaker is
  "of" between commas before a verb of saying ("PC Ann Lee, of Kent Police's roads
  policing unit, said one lorry stopped near Dover …": Dover).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from pressfacts.statistics.place_roles import PORTFOLIO_BEFORE

SUBJECT_ASIDE = re.compile(
    r",\s+(?:which|who)\s+[a-z][^,.;:\n]{0,60}?\b(?:across|throughout|around)\s+(?:the\s+)?$",
    re.I,
)
"""The open relative clause before a place it spans: ", which runs trains across "; not a
body it serves (", which works on behalf of Oxfordshire County Council,": that body's
place is the figure's), nor where it works ("the team, which works in Bristol, made 30
arrests": Bristol)."""
_ASIDE_CLOSES = re.compile(r"[^,.;:\n]{0,40},\s+(?:has\s+|have\s+|had\s+|also\s+)?[a-z]+")
"""After the place: the rest of the aside, its closing comma and the subject's verb."""


SPEAKER_OF_BEFORE = re.compile(r"[a-z],\s+of\s+(?:the\s+)?$", re.I)
"""``speaker-unit-aside``: ", of " right after a speaker's name, before the body or place
the speaker works for ("PC Sian Howells, of North Wales Police's roads policing unit,
said one lorry stopped near Conwy …": Conwy; "Sgt Lee, of the Hull team, said 40 …": Hull,
the only place)."""
SPEAKER_OF_CLOSES = re.compile(
    r"(?:['’]s?)?(?:\s+[\w'’-]+){0,5},\s+(?:said|says|added|explained|told)\b", re.I
)
"""After that body or place: the rest of the aside, its closing comma and a verb of
saying. Not "a lorry, of Polish origin, was weighed" (no verb of saying)."""


def remit_place(text: str, start: int, end: int) -> bool:
    """Whether the place at ``start``..``end`` of ``text`` tells a remit (rules
    ``portfolio-remit``, ``aside-remit`` and ``speaker-unit-aside``)."""
    if PORTFOLIO_BEFORE.search(text, max(0, start - 50), start):
        return True
    if SPEAKER_OF_BEFORE.search(text, max(0, start - 12), start) and SPEAKER_OF_CLOSES.match(
        text, end
    ):
        return True
    aside = SUBJECT_ASIDE.search(text, max(0, start - 90), start)
    return aside is not None and _ASIDE_CLOSES.match(text, end) is not None


CHARITY_REMIT = re.compile(
    r",\s+which\s+(?:runs|operates|provides|covers|serves|works|supports)\b[^,.;:\n]{0,40}?"
    r"\b(?:for|across|throughout)\s+(?:the\s+)?$",
    re.I,
)
"""``charity-remit``: the open aside before the place a charity states it works for ("The
charity, which runs the helpline for England and Wales, said …", "Safe Steps, which
supports families across Scotland, …"). Not a "where" clause ("…, where it works"), nor a
body it works with (", which works with Kent Police": no preposition of scope)."""
_CHARITY_NOUN = re.compile(r"\bthe\s+(?:charity|trust|helpline)$", re.I)
"""The charity an aside describes, by its common noun ("The charity, which …")."""


class _Located(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def area(self) -> str: ...


class _Named(Protocol):
    @property
    def end(self) -> int: ...
    @property
    def label(self) -> str: ...


def remit_or(
    text: str,
    places: Iterable[_Located],
    bodies: Iterable[_Named],
    fallback: tuple[str | None, str | None],
) -> tuple[str | None, str | None]:
    """``fallback`` (a release's area and rule) when it has an area; else (area,
    ``charity-remit``) of the first of ``places`` that a charity's remit aside leads to
    (:data:`CHARITY_REMIT`, after "the charity" or a CHARITY of ``bodies``), else
    ``fallback``."""
    if fallback[0] is not None:
        return fallback
    charity_ends = {b.end for b in bodies if b.label == "CHARITY"}
    for place in places:
        aside = CHARITY_REMIT.search(text, max(0, place.start - 90), place.start)
        if aside is None:
            continue
        if aside.start() in charity_ends or _CHARITY_NOUN.search(
            text, max(0, aside.start() - 20), aside.start()
        ):
            return place.area, "charity-remit"
    return fallback
