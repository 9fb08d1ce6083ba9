"""A body that closes its sentence as the speaker speaks for every figure of the sentence.

"So far this year, crews attended 402 fires, compared with 351 in the same period last
year, South Yorkshire Fire and Rescue said.": the yardstick break keeps the closing body
out of the first figure's clause, yet the body says both figures, so a figure whose
clause names no place takes the body's area (rule ``closing-speaker``) before a place
led in from an earlier sentence. Only territorial bodies (a force, a fire and rescue
service, a council, a commissioner) speak for a place; a place or district named there
("…, in Leeds, police said") is no speaker, and a national charity cited as a source has
no area of its own. A yardstick with its noun left out, though, keeps the area of the
count it is compared with when the closing speaker is the only place after it (rule
``yardstick-under-speaker``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pressfacts.statistics.areas import Place
from pressfacts.statistics.national_scopes import CITED_BEFORE

if TYPE_CHECKING:
    from pressfacts.statistics.figure_areas import FigureContext

ATTRIBUTED_AFTER = re.compile(
    r"\s+(?:has\s+|have\s+)?(?:said|says|added|confirmed)"
    r"(?:\s+(?:today|yesterday|this\s+week|on\s+[A-Z][a-z]+day))?\s*(?:[.!?]|$)",
    re.I,
)
"""A body as the speaker of a reporting clause that closes its sentence ("…, a third of them
from Bradford, West Yorkshire Police said.", "…, Sussex Police said today."): who says it,
not where it happened, so any place the clause names comes first; not "Kent Police said 40
…" (the body opens what it says)."""


_BEFORE_BODY = re.compile(r",\s*(?:the\s+)?$", re.I)
"""What stands before a closing speaker: the comma that ends what it says."""

ATTRIBUTED_ASIDE = re.compile(
    r"\s+(?:has\s+|have\s+)?(?:said|says|added|confirmed)"
    r"(?:\s+(?:today|yesterday|this\s+week|on\s+[A-Z][a-z]+day))?\s*,",
    re.I,
)
"""A body as the speaker of a reporting clause set between commas inside its sentence (rule
``speaker-aside``): "146 reports in Liverpool between 1 December and 4 January, Merseyside
Police has said, a rise of 30% on the 112 …": who says the figures on both sides of it, not
where they happened, so a place the sentence names before it comes first; not "Kent Police
said, however, that 40 …" (the body opens what it says: no comma before it)."""


def attributed_aside(text: str, start: int, end: int) -> bool:
    """Whether the body named at ``start``..``end`` is a speaker set between commas inside
    its sentence (:data:`ATTRIBUTED_ASIDE`)."""
    return bool(
        ATTRIBUTED_ASIDE.match(text, end)
        and _BEFORE_BODY.search(text, max(0, start - 8), start) is not None
    )


OWN_SCOPE_AFTER = re.compile(
    r"\b(?:across|throughout|nationally|overall|in\s+total|force\s+area|county|countywide|"
    r"region|compared|than|from|up|down|rise|fall)\b",
    re.I,
)
"""In the clause of a figure whose only place is its closing speaker, words that give it a
scope or a yardstick of its own ("across the county", "compared with", "up from"), so it
does not take the place of the clause before it (rule ``speaker-yields-to-sentence-place``)."""


def closes_as_speaker(text: str, place: Place) -> bool:
    """Whether the body ``place`` names speaks for its sentence from a reporting clause
    after a comma, closing the sentence (:data:`ATTRIBUTED_AFTER`) or set inside it
    (:func:`attributed_aside`): who says the figures, not where they were counted."""
    closing = ATTRIBUTED_AFTER.match(text, place.end) and _BEFORE_BODY.search(
        text, max(0, place.start - 8), place.start
    )
    return bool(closing) or attributed_aside(text, place.start, place.end)


def cited_body(text: str, start: int) -> bool:
    """Whether the body named from ``start`` is cited as the source (:data:`CITED_BEFORE`):
    like a closing speaker, it says the figures, so a place its clause names comes first
    (rule ``cited_source_body``)."""
    return CITED_BEFORE.search(text, max(0, start - 40), start) is not None


SPEAKING_BODIES = frozenset(("territorial-force", "territorial-service", "council", "pcc"))
"""The place rules (:class:`~pressfacts.statistics.areas.Place`) of bodies that speak for
their area."""


def closing_speaker(
    text: str, sentence: tuple[int, int], at: int, places: Sequence[Place]
) -> str | None:
    """The area of the territorial body closing the figure's sentence as its speaker
    (", Merseyside Fire and Rescue Service said."), when it comes after the figure; else
    None."""
    for place in places:
        if (
            place.start > at
            and place.rule in SPEAKING_BODIES
            and ATTRIBUTED_AFTER.match(text, place.end)
            and place.end <= sentence[1]
            and _BEFORE_BODY.search(text, max(sentence[0], place.start - 8), place.start)
        ):
            return place.area
    return None


def yardstick_under_speaker(context: FigureContext) -> str | None:
    """The area of the count a yardstick is compared with (``compared_area``) when the only
    places after the yardstick in its sentence are territorial bodies closing it as the
    speaker (rule ``yardstick-under-speaker``): "In Telford, officers recorded 44 offences
    between January and March, compared with 29 in the same quarter of 2025, West Mercia
    Police said." gives the 29 Telford, as the 44, not the speaker's force area; None when
    the figure is no such yardstick, or a place of its own follows it ("compared with 29 in
    Shrewsbury, West Mercia Police said")."""
    text, (s_start, s_end), at = context.text, context.sentence, context.at
    if context.compared_area is None:
        return None
    after = [p for p in context.places if at < p.start < s_end]
    if not after or not all(
        p.rule in SPEAKING_BODIES
        and ATTRIBUTED_AFTER.match(text, p.end)
        and _BEFORE_BODY.search(text, max(s_start, p.start - 8), p.start)
        for p in after
    ):
        return None
    return context.compared_area


RELATIVE_ASIDE_OPEN = re.compile(r",\s+(?:which|who|whose)\s+[^.;:!?]*$", re.I)
"""The opening of a relative clause set between commas after a subject (", which is backed
by", ", who work with"), read back from a body it may hold."""
RELATIVE_ASIDE_CLOSE = re.compile(
    r",\s+(?-i:(?:has\s+|have\s+)?(?:said|says|added|warned|warns|revealed|reveals|reported|"
    r"reports|found|recorded|records|received|confirmed|estimates|estimated|told|announced|"
    r"published|shows|showed|highlighted)\b)",
    re.I,
)
"""The comma that closes such a clause right after the body, then the verb of its subject."""
_RELATIVE_REACH = 200
"""How far before the body (characters) the relative clause may open."""


def relative_aside_place(text: str, place: Place, at: int, s_start: int) -> bool:
    """Rule ``relative-aside-place``: a force ends a relative clause set between
    commas that describes the sentence's subject, right before the subject's verb, and the
    figure comes after it ("The centre, which is backed by Kent Police and Essex Police,
    said 940 reports …"): it says who the subject is, not where the figure was counted, so
    it is no place of the figure's clause; not "Officers, who visited 40 shops in Ely, said"
    (the figure inside the clause keeps its place), nor a place there ("Barnardo's, which
    runs the service in north London, said 57 …": the speaker's remit is the figure's)."""
    if (
        place.rule != "territorial-force"
        or place.end > at
        or RELATIVE_ASIDE_CLOSE.match(text, place.end) is None
    ):
        return False
    opening = RELATIVE_ASIDE_OPEN.search(
        text, max(s_start, place.start - _RELATIVE_REACH), place.start
    )
    return opening is not None and not any(
        ch.isdigit() for ch in text[opening.start() : place.start]
    )
