"""A share opening a reported clause: whose the share is, when a speaker leads it.

"According to Defra, more than 57,000 exemption certificates have been issued in England
and Wales since February 2024. Defra said about 4% of applications had been refused": the
share opens its clause right after a short reported-speech lead ("Defra said", "Its
director said that"), so it points back to the figure before as "About 4% of applications
had been refused" does (rule ``said_share_opening``, :func:`said_share_pointer`: the
pointers of :data:`pressfacts.statistics.referred_figures.SHARE_OPENING` read on the clause
after the lead), taking that figure's area and span. Only when the speaker is the source
just named or one referred to again (:func:`said_lead_elsewhere`): "Sussex Police arrested
120 people in 2025. The NSPCC said 40% of children had been contacted online" is the
NSPCC's own share, not a part of the arrests; "Drivers said only 12% were stopped" after a
count of drivers is what the drivers said (a common noun, not a source named before).
"""

from __future__ import annotations

import re

from pressfacts.statistics.referred_figures import points_back

SAID_LEAD = re.compile(
    r"\W{0,3}(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+said\s+(?:that\s+)?", re.I
)
"""A short reported-speech lead opening a sentence: "Defra said", "The charity said that"."""
REFERRED_SPEAKER = re.compile(
    r"(?i:it|they|he|she)|(?i:the|its|their|this|that|his|her)\s+[a-z-]+(?:\s+[a-z-]+)?"
)
"""A speaker referred to again rather than named, by a pronoun or a common noun in lower
case: "It", "The charity", "Its director", "The chief constable"; not "The NSPCC" (a name)."""
OPENING_SHARES = frozenset(
    {"opening-share", "opening-share-of-those-done", "opening-share-of-those"}
)
"""The pointers of :data:`.referred_figures.POINTING_BACK` read with
:data:`~.referred_figures.SHARE_OPENING`, which a said-lead may open."""
_BEFORE_REACH = 400
"""Characters before the sentence where the speaker must have been named."""


def said_lead_elsewhere(lead: re.Match[str], text: str, s_start: int) -> bool:
    """Whether the said-``lead`` of a sentence (at ``s_start`` of ``text``) names its speaker
    afresh: neither referred to again (:data:`REFERRED_SPEAKER`) nor named in the text just
    before the sentence (its last word, as written: "Defra", "Cole" of "Ms Cole"; not
    "Drivers" after "drivers"); a share after it is the speaker's own, not a part of the
    figure before (guard of rule ``said_share_opening``)."""
    who = lead.group("who")
    if REFERRED_SPEAKER.fullmatch(who):
        return False
    last = who.split()[-1]
    before = text[max(0, s_start - _BEFORE_REACH) : s_start]
    return re.search(rf"\b{re.escape(last)}\b", before) is None


def said_share_pointer(sentence: str, start: int, unit: str, text: str, s_start: int) -> str | None:
    """Rule ``said_share_opening``: the opening-share pointer of the share at ``start`` of
    ``sentence`` (at ``s_start`` of ``text``) read on the clause after a short "<speaker>
    said (that)" lead (:data:`SAID_LEAD`) whose speaker is not named afresh
    (:func:`said_lead_elsewhere`); None otherwise."""
    if unit != "percent":  # every pointer of OPENING_SHARES is a share's
        return None
    lead = SAID_LEAD.match(sentence)
    if lead is None or lead.end() > start or said_lead_elsewhere(lead, text, s_start):
        return None
    pointer = points_back(sentence[lead.end() :], start - lead.end(), unit)
    return pointer if pointer in OPENING_SHARES else None
