"""Later mentions of people by family name: "Ashcroft", "DI Ashcroft", "Rachael Ashcroft".

Why: a release names a person in full once and by family name after (often with a rank
before it); each later mention is the same entity, and a rank written with it is a title
when the introduction gave none, or gave only job titles and no rank (rule
``short_form_rank``: "Mark Ellery, the district commander for Crawley, said" then "Chief
Insp Ellery said" gives Chief Inspector too; not "Supt Moore" after "Detective
Superintendent Moore", nor "Commissioner Bell" after "Police and Crime Commissioner Jo
Bell"). How: every family name of the people found is looked for
once in the text (:func:`~pressfacts.entities.word_scan.whole_words`); a mention takes the
person of that family named last before it (binary search), so the scan stays linear.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from pressfacts.entities.person_context import PeopleContext, PersonMention, latest_before
from pressfacts.entities.word_scan import whole_words
from pressfacts.findings import RoleFinding


def family_mentions(
    context: PeopleContext,
    short_title: re.Pattern[str],
    expand: Callable[[str], list[str]],
    is_rank: Callable[[str], bool],
) -> list[PersonMention]:
    """The later mentions of ``context.people`` by family name, with any title
    (``short_title``, expanded by ``expand``) or given name written right before it,
    each as a ``short_form`` mention of the person named last before it (``short_form_rank``
    when it adds a rank, ``is_rank``, to a person introduced with job titles only)."""
    text = context.text
    by_family: dict[str, list[PersonMention]] = {}
    for person in context.people:
        by_family.setdefault(person.name.split()[-1], []).append(person)
    if not by_family:
        return []
    latest = {family: latest_before(people) for family, people in by_family.items()}
    short: list[PersonMention] = []
    for found_at, found_end, family in whole_words(text, by_family):
        if not context.free(found_at, found_end):
            continue
        candidates = by_family[family]
        starts, last = latest[family]  # the last found of those named before
        before = bisect_left(starts, found_at)
        person = candidates[last[before - 1] if before else 0]
        start = found_at
        given = person.name.split()[:-1]
        if given and text[max(0, start - 40) : start].rstrip(" \t").endswith(" ".join(given)):
            start = text.rfind(given[0], 0, start)  # "Rachael Ashcroft" again
        title = short_title.search(text, max(0, start - 40), start)
        if title and context.free(title.start(), found_end):
            start = title.start()
        titles = expand(title.group(0)) if title and not person.roles else []
        rule = "short_form"
        if title and person.roles:
            titles = [t for t in expand(title.group(0)) if _rank_unstated(t, person, is_rank)]
            rule = "short_form_rank" if titles else rule
        roles = [RoleFinding(t) for t in titles]
        if not context.free(start, found_end):
            start = found_at
        short.append(PersonMention(start, found_end, person.name, roles, [], rule))
    return short


def _rank_unstated(title: str, person: PersonMention, is_rank: Callable[[str], bool]) -> bool:
    """Whether ``title`` is a rank (``is_rank``) and ``person`` was introduced with no rank
    and no title ending in its last word ("Police and Crime Commissioner" for
    "Commissioner"): the rank written with the family name is new (rule ``short_form_rank``)."""
    last = title.split()[-1].lower()
    return is_rank(title) and not any(
        is_rank(role.title) or role.title.lower().split()[-1:] == [last] for role in person.roles
    )
