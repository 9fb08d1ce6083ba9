"""One person whose family name a copy misspells: "Inspector Rhian Davis" is "Inspector
Rhian Davies" of the release it reprints.

Why: entity records merge on their id, the slug of the name, so a reprint's typo in a
family name makes a second person with the same title and the same quotes. How:
:func:`typo_remap` links two full-name people whose given names are the same and whose
family names (four letters or more) are one edit apart (a letter changed, dropped, added
or two swapped: rapidfuzz's OSA distance), when they share a title. Candidates are
found through a deletion neighbourhood of the family name (the name, and the name with
each letter left out: two names one edit apart share a key), so the work grows with the
number of people, not its square. Each linked group merges under the id with the most
mentions (then the first id in order): the same choice for any split of the corpus.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz.distance import OSA

MIN_FAMILY = 4
"""The fewest letters a family name needs for a one-letter edit to be a typo (not "Lee"
and "Lea", two names)."""


@dataclass(frozen=True)
class Person:
    """What the typo link reads of one person record."""

    ident: str
    name: str
    titles: frozenset[str]
    mentions: int


def _keys(family: str) -> set[str]:
    """The family name and the name with each letter left out."""
    return {family, *(family[:i] + family[i + 1 :] for i in range(len(family)))}


def typo_remap(people: Iterable[Person]) -> dict[str, str]:
    """Ids of people whose family name is a typo of another's -> the id they merge under."""
    candidates = [p for p in people if len(p.name.split()) >= 2 and p.titles]
    buckets: dict[tuple[tuple[str, ...], str], list[int]] = defaultdict(list)
    parent = list(range(len(candidates)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for index, person in enumerate(candidates):
        *given, family = person.name.casefold().split()
        if len(family) < MIN_FAMILY:
            continue
        seen: set[int] = set()
        for key in _keys(family):
            bucket = buckets[(tuple(given), key)]
            for other in bucket:
                if other in seen:
                    continue
                seen.add(other)
                their = candidates[other]
                if (
                    their.titles & person.titles
                    and OSA.distance(their.name.casefold().split()[-1], family) == 1
                ):
                    parent[root(other)] = root(index)
            bucket.append(index)
    groups: dict[int, list[Person]] = defaultdict(list)
    for index, person in enumerate(candidates):
        groups[root(index)].append(person)
    remap: dict[str, str] = {}
    for group in groups.values():
        if len(group) < 2:
            continue
        keep = min(group, key=lambda p: (-p.mentions, p.ident))
        remap.update({p.ident: keep.ident for p in group if p.ident != keep.ident})
    return remap
