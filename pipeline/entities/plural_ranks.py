"""A plural rank or title before two names ("Detective Constables Amy Ross and Ben Hart",
"PCs Jo Bell and Sam Reed", "Councillors Ann Lee and Raj Patel"): each name is a person
holding the singular title (and each of a longer list: "Sergeants Kerry Lowe, Dan Price
and Ian Moss"). The person rules read one name after a rank; this reads the
pair, before they run, so no rule takes "Constables Amy Ross" for a name."""

from __future__ import annotations

import re

from pressfacts.entities.person_context import PeopleContext, PersonMention
from pressfacts.entities.titles import TitleTable
from pressfacts.findings import RoleFinding

_WORD = r"[A-Z][a-z’'-]+"
_NAME = rf"{_WORD}(?:[ \t]+{_WORD}){{1,2}}"
PLURAL_RANK_PAIR = re.compile(
    rf"(?<![\w’'])(?P<rank>(?:[A-Z][a-z]+[ \t]+){{0,2}}(?:[A-Z][a-z]+|[A-Z]{{2,5}})s)[ \t]+"
    rf"(?P<names>{_NAME}(?:,[ \t]+{_NAME}){{0,4}},?[ \t]+and[ \t]+{_NAME})(?![\w’])"
)
"""A capitalised plural ("Constables", "PCs") then a list of names closed by "and"."""
_ONE_NAME = re.compile(_NAME)


def plural_rank_people(table: TitleTable, context: PeopleContext) -> list[PersonMention]:
    """The people named in pairs after a plural rank or title of ``table``: each with
    the singular title's roles; none where the singular is no title ("Friends Jo Bell
    and Sam Reed") or a name is taken already."""
    if "s " not in context.text:
        return []
    people: list[PersonMention] = []
    for match in PLURAL_RANK_PAIR.finditer(context.text):
        rank = match.group("rank")[:-1]  # "Detective Constables" -> "Detective Constable"
        entry = table.entry(rank)
        if entry is None or entry.kind == "honorific":
            continue
        titles = table.expand(rank) or [entry.title]
        for name in _ONE_NAME.finditer(context.text, *match.span("names")):
            if context.free(name.start(), name.end()):
                roles = [RoleFinding(title, None, None) for title in titles]
                people.append(PersonMention(name.start(), name.end(), name.group(), roles, []))
    return people
