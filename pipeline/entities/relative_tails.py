"""A relative clause after a title is what the person does, not part of the title.

"Dr Amir Khan, a consultant psychiatrist who advised the panel, said" gives "Consultant
Psychiatrist", not "Consultant Psychiatrist Who"; "Tom Reid, a youth worker who runs the
project," gives "Youth Worker". The cleaning step ``relative_tail`` of
:mod:`pressfacts.entities.title_cleaning` uses :func:`without_relative_tail`; a clause that
opens the phrase ("who is now a youth worker") is the step ``relative_clause``'s.

A relative named before the title is who the person is to someone, not part of the title:
"Karen Keeble, Sam's mother and the foundation's founder," gives "Founder" (the step
``kin_head``, :func:`without_kin_head`).
"""

from __future__ import annotations

import re

from pressfacts.entities.person_descriptions import KIN_NOUNS, SPEAKER_DESCRIPTIONS

__all__ = ["KIN_HEAD", "RELATIVE_TAIL", "without_kin_head", "without_relative_tail"]

RELATIVE_TAIL = re.compile(r"^(?P<title>\S.*?),?\s+(?:who|whose)(?:\s.*)?$")
"""A title, then a lower-case "who" or "whose" and the rest of the phrase (rule
``relative_tail``). Case-sensitive: "head of Who Cares? Trust" keeps its capitalised
"Who" (a name)."""


def without_relative_tail(text: str) -> str:
    """ "consultant psychiatrist who advised the panel" -> "consultant psychiatrist"; not
    after a word that describes a person rather than naming a post (``SPEAKER_DESCRIPTIONS``
    of :mod:`pressfacts.entities.person_descriptions`: "a volunteer who runs the Crewe
    unit", "a parent who spoke at the meeting" are descriptions, left whole)."""
    match = RELATIVE_TAIL.match(text)
    if match is None or match.group("title").lower() in SPEAKER_DESCRIPTIONS:
        return text
    return match.group("title")


_KIN = "|".join(sorted((k for k in KIN_NOUNS if k != "partner"), key=len, reverse=True))
KIN_HEAD = re.compile(
    rf"^(?:(?:his|her|their|the)\s+|[A-Z][\w’'-]*[’']s?\s+)?(?:{_KIN}|mum|dad)\s+and\s+"
    r"(?=\S)",
    re.I,
)
"""A relative's kin noun, with its possessive, then "and" opening a title phrase (rule
``kin_head``): "Sam's mother and", "her sister and", "his father and"; not "partner and"
(a firm's partner is a post), nor a kin noun alone ("Sam's mother": no title after)."""


def without_kin_head(text: str) -> str:
    """ "Sam's mother and the foundation's founder" -> "the foundation's founder": the
    relation before "and" is who the person is to someone, not the title after it."""
    match = KIN_HEAD.match(text)
    return text if match is None else text[match.end() :]
