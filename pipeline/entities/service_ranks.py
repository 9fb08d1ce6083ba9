"""Armed-forces and Salvation Army ranks before a person's name (rule
``service_rank_before_name``).

"Major", "Captain" and "Colonel" are everyday words too ("the Major Crime Unit", "a Major
Incident", "Captain's Table"), so they are no entries of the title table, whose forms
are read wherever they are written. A person rule that reads one as the first word of a
name ("said Major Helen Carswell, the charity's director of …") is corrected here: when
the next word is a known given name and a family name follows, the rank is taken off the
name and recorded as the person's first title; the mention keeps it, so the written form
is an alias ("Major Helen Carswell" -> Helen Carswell, Major). Not "Major Crimes Team"
(no given name after the rank), nor "Captain Smith" (no given name: a family name alone
could be a nickname or a ship), nor "Majors Helen" (not a rank as written).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from pressfacts.entities.person_context import PersonMention
from pressfacts.findings import RoleFinding

SERVICE_RANKS: Final[frozenset[str]] = frozenset(
    {"Major", "Captain", "Colonel", "Lieutenant", "Brigadier", "Commandant"}
)
"""Ranks of the armed forces and of the Salvation Army written before a name, as written
(capitalised)."""


def with_service_ranks(
    text: str, people: Sequence[PersonMention], is_given_name: Callable[[str], bool]
) -> None:
    """Record a :data:`SERVICE_RANKS` word as each person's first title when it opens the
    found name or stands right before it, and a known given name and a family name follow
    it; the rank leaves the name and joins the mention, in place (rule
    ``service_rank_before_name``)."""
    for person in people:
        words = person.name.split()
        start = person.start
        before = _RANK_BEFORE.search(text[max(0, start - 20) : start])
        if len(words) >= 3 and words[0] in SERVICE_RANKS:
            rank, words = words[0], words[1:]
        elif before and len(words) >= 2:  # "said Captain | Gareth Morgan"
            rank, start = before.group("rank"), start - len(before.group(0))
        else:
            continue
        if not is_given_name(words[0]):
            continue
        person.name, person.start = " ".join(words), start
        if rank not in person.titles:
            person.roles.insert(0, RoleFinding(rank))
    _short_forms(people)


def _short_forms(people: Sequence[PersonMention]) -> None:
    """A rank and a family name ("Major Carswell said") is the person of that family
    name given that rank in the text ("Major Helen Carswell"), when exactly one is; not
    "Major Reid" with no ranked Reid."""
    for person in people:
        words = person.name.split()
        if len(words) != 2 or words[0] not in SERVICE_RANKS:
            continue
        ranked = {
            other.name
            for other in people
            if other.name.split()[-1] == words[1]
            and words[0] in other.titles
            and other.name != person.name
        }
        if len(ranked) == 1:
            person.name = ranked.pop()
            if words[0] not in person.titles:
                person.roles.insert(0, RoleFinding(words[0]))


_RANK_BEFORE = re.compile(rf"(?<![\w’'-])(?P<rank>{'|'.join(sorted(SERVICE_RANKS))})[ \t]+$")
"""A rank written right before a found name ("said Captain | Gareth Morgan")."""
