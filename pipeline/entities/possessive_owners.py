"""The organisation a person works in, named as a chain of possessives.

"DCI Tom Marsh, of the NCA's Child Exploitation and Online Protection Command": the
phrase names two organisations, the second a body of the first; the rank belongs to the
last of the chain. Two organisations side by side ("of Kent Police and Essex Police")
stay undecided.
"""

from __future__ import annotations

import re
from itertools import pairwise

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
