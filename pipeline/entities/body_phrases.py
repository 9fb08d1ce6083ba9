"""Phrases about the body a person is named with, read by the person rules
(:mod:`pressfacts.entities.person_rules`): the head words of a body's name, the body named
right after a name ("Tom Reed of Hull Council"), and a gloss of the body that closes a
title's appositive ("chief executive of RoadPeace, the national charity for road crash
victims, said").
"""

from __future__ import annotations

BODY_HEADS = (
    r"(?:Police|Constabulary|Council|Service|Trust|Partnership|Board|Authority|Office|Unit|"
    r"Team|Agency|Foundation|Commission|Panel|Force|Fire|Rescue|Borough|County|City|District|"
    r"North|South|East|West|Central)"
)
"""Head words of a body's name and compass words of a place's: no name starts on one ("of
Dunmore Constabulary Jo Bell", "MP for Bolton South East Yasmin Qureshi")."""

BODY_TAIL = (
    r"(?:[ \t]+(?:of|from|at)[ \t]+(?:the[ \t]+)?[A-Z][\w’'&-]*"
    r"(?:[ \t]+(?:(?:of|and|for|&)[ \t]+)?[A-Z][\w’'&-]*){0,5})?"
)
"""The body a name is of, right after it, in capitalised words ("Tom Reed of Hull Council")."""

BODY_GLOSS = (
    r",[ \t]+the[ \t]+(?:[\w’'-]+[ \t]+){0,4}?(?:charity|partnership|organisation|"
    r"campaign|group|association|foundation|trust|network|watchdog|regulator|union|agency)"
    r"\b[^,\n“”\".;:]{0,80}?"
)
"""Rule ``body_gloss``: what kind of body the organisation of a title is, after it in
commas ("head of X, the road safety charity,", "director of X, the national charity for
road crash victims."): the title's appositive ends before it. Not "…, the force said" nor
"…, the charity's founder" (no gloss noun right after at most four words, or a possessive
noun)."""
