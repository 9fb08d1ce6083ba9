"""The organisation a person works in, named as a chain of possessives.

"DCI Tom Marsh, of the NCA's Child Exploitation and Online Protection Command": the
phrase names two organisations, the second a body of the first; the rank belongs to the
last of the chain. Two organisations side by side ("of Kent Police and Essex Police")
stay undecided. "DI Ann Cole, of the force's burglary team" names none but points back
to the force named before (:mod:`~pressfacts.entities.anaphoric_owners`).
"""

from __future__ import annotations

import re
from itertools import pairwise

from pressfacts.entities.anaphoric_owners import anaphoric_owner
from pressfacts.entities.person_context import PeopleContext

_POSSESSIVE_LINK = re.compile(r"['’]s?\s+")


def possessive_chain(context: PeopleContext, start: int, end: int) -> list[str]:
    """The organisations of ``text[start:end]``: the last alone when they are a chain of
    possessives ("the NCA's CEOP Command": the body the person works in), else all."""
    found = [o for o in context.organisations if start <= o.start and o.end <= end]
    found.sort(key=lambda o: o.start)
    ids = list(dict.fromkeys(o.entity_id for o in found))
    links = (_POSSESSIVE_LINK.fullmatch(context.text, a.end, b.start) for a, b in pairwise(found))
    chained = len(found) > 1 and all(links)
    return [found[-1].entity_id] if chained else ids


def tail_owners(
    context: PeopleContext, start: int, end: int, named: list[str], has_roles: bool
) -> list[str]:
    """The organisations of the phrase ``text[start:end]`` after a name: ``named``, those
    it names (with no title of its own, a chain of possessives gives its last), else the
    one its "the force's" points back to; ``has_roles``: the phrase holds a title."""
    if not named:
        owner = anaphoric_owner(context.text, start, end, context.organisations)
        return [owner] if owner else []
    if not has_roles and len(named) > 1:  # "of the NCA's CEOP Command": CEOP
        return possessive_chain(context, start, end)
    return named
