"""Offices the gazetteer names as organisations, held by a person named beside them.

The gazetteer knows some offices as organisations ("Victims' Commissioner", "Children's
Commissioner for England"), so that a release about the office finds it. Written in
apposition to the name of the person who holds it ("The Domestic Abuse Commissioner,
Nicole Jacobs, said", "Dame Jo Bell, the Children's Commissioner for England, said"), the
office is that person's title, not a mention of an organisation. :func:`held_offices`
gives those mentions; the entity stage reads people again without them, so the title
rules take the office (and its place) as the person's title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pressfacts.entities.gazetteer import OrganisationMention
from pressfacts.entities.person_context import PersonMention

_PLACE = r"[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,3}"
_OFFICE_TAIL = re.compile(
    rf"(?:[ \t]+for[ \t]+(?:the[ \t]+)?{_PLACE}(?:[ \t]+and[ \t]+{_PLACE})?)?"
)
"""What may follow the title word that ends an office's name: its place ("for England",
"for England and Wales")."""
_NAME_AFTER = re.compile(r",?[ \t]+")
"""Between an office and the name after it: " " or ", "."""
_NAME_BEFORE = re.compile(rf",[ \t]+(?:the[ \t]+)?(?:{_PLACE}['’]s[ \t]+)?")
"""Between a name and the office after it: ", ", ", the " or a place's (", London's ")."""
_NAME_BEFORE_REACH = 40
"""How far before an office the comma after a name may be (", Greater Manchester's ")."""
_NOT_AN_OFFICE = re.compile(r"\b(?:of|and)\b", re.I)
"""Words before the title that make the name a body's ("Office of the …", "… and …")."""


def is_office(text: str, mention: OrganisationMention, titles: Sequence[tuple[int, int]]) -> bool:
    """Whether an organisation's name is an office: a title of the table ends it, perhaps
    with its place after ("Victims' Commissioner", "Children's Commissioner for England"),
    and no "of" or "and" stands before the title ("Office of the Police and Crime
    Commissioner for Kent" is a body)."""
    if mention.type != "ORG":
        return False
    for start, end in titles:
        if not (mention.start <= start and end <= mention.end):
            continue
        tail = _OFFICE_TAIL.match(text, end, mention.end)
        if (
            tail
            and tail.end() == mention.end
            and not _NOT_AN_OFFICE.search(text, mention.start, start)
        ):
            return True
    return False


def held_offices(
    text: str,
    organisations: Sequence[OrganisationMention],
    titles: Sequence[tuple[int, int]],
    people: Sequence[PersonMention],
) -> list[OrganisationMention]:
    """The mentions of ``organisations`` that are offices (:func:`is_office`) written in
    apposition to a person of ``people``: right before the name, perhaps with its place
    ("The Victims' Commissioner, Jo Bell,", "The Victims' Commissioner for England and
    Wales, Jo Bell,") or after the name and a comma, perhaps with a place's ("Jo Bell,
    the Victims' Commissioner,", "Jo Bell, London's Victims' Commissioner,")."""
    starts = {person.start for person in people}
    ends = {person.end for person in people}
    held: list[OrganisationMention] = []
    for mention in organisations:
        tail = _OFFICE_TAIL.match(text, mention.end)  # always matches (all optional)
        after = _NAME_AFTER.match(text, tail.end() if tail else mention.end)
        before_gap = text.rfind(",", max(0, mention.start - _NAME_BEFORE_REACH), mention.start)
        before = (
            _NAME_BEFORE.fullmatch(text, before_gap, mention.start) if before_gap >= 0 else None
        )
        named = (after is not None and after.end() in starts) or (
            bool(before) and before_gap in ends
        )
        if named and is_office(text, mention, titles):
            held.append(mention)
    return held
