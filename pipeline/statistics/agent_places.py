"""A place that says where the people who acted are based, not where the figure is for.

"Officers in Suffolk made 73 arrests during a crackdown in Ipswich town centre": "in
Suffolk" places the officers, "in Ipswich town centre" the arrests. Both read as scopes
("in X"), and the nearer would win; a scope that follows one of :data:`AGENT_NOUNS`
(rule ``agent-place``) yields to any other scope of the figure's clause, and stays the
area when the clause names no other ("Police in Kent arrested 12 people": Kent). The
place counted people were sent to ("were sent to Dover", rule ``sent-to-place``) is a scope
of its own, before the forces that lent them. A part of the figure before whose clause names
a force only as the one that passively did the act ("60 of them were referred by Bedfordshire
Police", rule ``part-by-force-agent``) keeps the whole's area.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pressfacts.statistics.figure_areas import FigureContext

AGENT_NOUNS = (
    "officers",
    "police",
    "detectives",
    "teams",
    "crews",
    "firefighters",
    "paramedics",
    "wardens",
    "volunteers",
    "staff",
    "investigators",
)
"""The people whose base "<noun> in X" states: they act, the figure counts what they did."""

AGENT_PLACE = re.compile(
    r"(?:^|(?<=[.!?\n])\s*)(?:[\w'’-]+\s+){0,3}?(?:" + "|".join(AGENT_NOUNS) + r")\s+"
    r"(?:(?:based|working)\s+)?(?:in|across)\s+(?:the\s+)?$",
    re.I,
)
"""Rule ``agent-place``: a sentence opening on the people acting, up to the place that
locates them ("Officers in", "Neighbourhood teams based in", "Fire crews across the");
not "children in", "arrests in" (what is counted), nor "… training for bar staff in"
(people the sentence's subject acts for, not its subject)."""
_REACH = 80
"""How far before a place its sentence's opening words are looked for."""


def agent_located(text: str, start: int) -> bool:
    """Whether the place at ``start`` of ``text`` follows a sentence's opening words that
    locate the people acting (:data:`AGENT_PLACE`): such a place yields to any other scope
    of the figure's clause."""
    # searched in place: "^" is the text's start only, and the look-behind sees past the window
    return AGENT_PLACE.search(text, max(0, start - _REACH), start) is not None


SENT_TO_PLACE = re.compile(
    r"\b(?:were|was|been|being|are|is)\s+(?:(?:also|then|later|all)\s+)?"
    r"(?:sent|deployed|redeployed|drafted|brought|called|posted|dispatched|despatched|bussed)"
    r"(?:\s+in)?\s+(?:to|into)\s+(?:the\s+)?$",
    re.I,
)
"""Rule ``sent-to-place``: the place people counted were sent to ("620 officers from Kent
Police were sent to Dover", "staff were drafted in to Hull"): a scope of where they served,
before the forces that lent them; not "were sent to prison" (no place), nor "officers sent
40 people to Leeds" (an active sender: what it sent, not who went), nor "transferred to",
nor a sending told in a clause of its own subject (:data:`SUBORDINATE_SUBJECT`)."""
SUBORDINATE_SUBJECT = re.compile(
    r"\b(?:as|while|when|whereas|after|because|since|once|until|before|where)\s+"
    r"(?:[\w'’-]+\s+){1,4}$",
    re.I,
)
"""A subordinate clause's own short subject right before the verb of sending ("made 36 arrests
over Easter as extra patrols were sent into Watford"): the patrols went, not what is counted,
so the place is no scope of the figure."""


def sent_to(text: str, start: int) -> bool:
    """Whether the place at ``start`` of ``text`` follows a passive verb of sending and "to"
    (:data:`SENT_TO_PLACE`) whose subject is not a subordinate clause's own
    (:data:`SUBORDINATE_SUBJECT`): the place is where the counted people went."""
    window = text[max(0, start - _REACH) : start]
    found = SENT_TO_PLACE.search(window)
    return found is not None and SUBORDINATE_SUBJECT.search(window, 0, found.start()) is None


PART_OF_THEM = re.compile(r"\S+\s+of\s+(?:them|those|these)\b", re.I)
"""A figure that is a part of the figure before: "60 of them", "12 of those"."""
PASSIVE_AGENT_BY = re.compile(
    r"\b(?:were|was|been)\s+(?:(?:also|all|then)\s+)?[a-z]+ed\s+(?:to\s+\w+\s+)?by\s+"
    r"(?:the\s+)?$",
    re.I,
)
"""A passive verb and "by" right before a force: "were referred by", "had been arrested by"."""


def part_by_force_agent(context: FigureContext) -> str | None:
    """Rule ``part-by-force-agent``: a part of the figure before it ("More than 60 of them
    were referred by Bedfordshire Police", after "The service in Luton has supported 141
    victims") whose clause names a place only as the territorial force that passively did
    the act ("by Bedfordshire Police"): the force sent or dealt with part of the whole, which
    stays where it was counted, the area of the figure before. Not a part of
    a sentence of its own subject ("Bedfordshire Police referred 60 of them": the force as
    subject, the clause's place), nor a place named otherwise ("60 of them in Luton")."""
    text, at, places = context.text, context.at, context.places
    previous = context.previous_area if context.anaphoric else None
    if previous is None or not PART_OF_THEM.match(text, at):
        return None
    after = [place for place in places if place.start > at]
    if not after or len(after) != len(places):
        return None
    if all(
        place.rule == "territorial-force"
        and PASSIVE_AGENT_BY.search(text, max(at, place.start - _REACH), place.start)
        for place in after
    ):
        return previous
    return None
