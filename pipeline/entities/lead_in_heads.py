"""The words a title before a rank and a name opens with, as parts of the lead-in patterns
of :mod:`pressfacts.entities.person_rules` ("Head of Public Protection, Detective Inspector
Jo Bell"), and the named lead-in for a unit or portfolio in lower case that opens its
sentence with the body it belongs to ("Head of the freight crime unit at NaVCIS, Detective
Inspector Jo Bell, said")."""

from __future__ import annotations

RANK_HEADS = ("inspector", "sergeant")
"""Rank words that may head a lower-case title after a possessive, before the same rank and
the name (rule ``place_rank_title``: "the force's neighbourhood inspector, Inspector Jo
Bell"); read by :data:`PLACE_COMMAND_HEADS` and ``title_words.POSSESSIVE_TITLE_HEADS``."""
PLACE_COMMAND_HEADS = ("commander", "officer", "manager", "lead", "co-?ordinator", *RANK_HEADS)
"""Lower-case heads of a title that commands or covers a place ("district commander for X",
"licensing officer for X", "service manager for X", "neighbourhood lead for X"; a rank word
as the head too, rule ``place_rank_title``: "the force's neighbourhood inspector for Oldham
West, Inspector Jo Bell")."""
UNIT_HEADS = ("Head", "Director", "Lead", "Manager")
"""The words a title over a unit or portfolio opens with ("Head of Public Protection")."""
LEAD_IN_HEADS = (*UNIT_HEADS, r"Chair\w*")
"""The words a portfolio before a rank opens with ("Head of Public Protection", "Chair of
the Board")."""
_UNIT_HEAD = "|".join(f"[{head[0]}{head[0].lower()}]{head[1:]}" for head in UNIT_HEADS)

SENTENCE_OPENING = r"(?:(?<![\s\S])|(?<=\n)|(?<=[.!?][ \t]))"
"""The start of a text, a line or a sentence (after a stop and a space)."""

UNIT_HEAD_LEAD = (
    rf"{SENTENCE_OPENING}(?:The[ \t]+)?(?:{_UNIT_HEAD})[ \t]+"
    r"(?:of|for)[ \t]+(?:the[ \t]+)?[a-z][\w-]*(?:[ \t]+(?:and[ \t]+)?[a-z][\w-]*){0,4}"
    r"[ \t]+(?:at|for|with)[ \t]+(?:the[ \t]+)?[A-Z][\w’'&-]*"
    r"(?:[ \t]+(?:and[ \t]+|of[ \t]+)?[A-Z][\w’'&-]*){0,5}"
)
"""Lead-in ``unit_head``: a title whose unit or portfolio is in lower case, then "at"/"for"
and the body, opening its sentence before a comma, a rank and a name: "Head of the freight
crime unit at NaVCIS, DI Jo Bell", "The head of roads policing at Kent Police, Ch Insp
Jo Bell"; not "the manager of the shop, DC Jo Bell" (no body after "at"/"for") nor
"Officers from the rural crime team at Kent Police, PC Jo Bell" (not a title's head)."""
