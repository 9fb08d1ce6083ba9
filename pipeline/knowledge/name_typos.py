"""One person whose name a copy misspells: "Inspector Rhian Davis" is "Inspector Rhian
Davies" of the release it reprints, "T/DI Gethyn Parry" is "T/DI Gethin Parry".

Why: entity records merge on their id, the slug of the name, so a reprint's typo in a
family name makes a second person with the same title and the same quotes. How:
:func:`typo_remap` links two full-name people whose given names are the same and whose
family names (four letters or more) are one edit apart, or whose family names (and any
further given names) are the same and whose first given names are one edit apart and
not both in the given-name lexicon ("Clare" and "Claire" are two names): a letter
changed, dropped, added or two swapped (rapidfuzz's OSA distance), when they share a
title. Candidates are found through a deletion neighbourhood of the word that differs
(the word, and the word with each letter left out: two words one edit apart share a
key), so the work grows with the number of people, not its square. Each linked group
merges under the id with the most mentions (then the first id in order): the same
choice for any split of the corpus. A short given name ("Jo Bell") joins the one full
name it opens ("Joanna Bell") with a shared title (:func:`_with_short_forms`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from pressfacts.resources import sorted_word_list

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


def _split(name: str, part: str) -> tuple[tuple[str, ...], str]:
    """(the words that must be equal, the word that may be misspelt) of a full name:
    the family name, or the first given name (the rest of the name kept equal)."""
    words = name.casefold().split()
    if part == "family":
        return tuple(words[:-1]), words[-1]
    return tuple(words[1:]), words[0]


def _is_given_name(word: str) -> bool:
    """Whether ``word`` (case-folded) is in the given-name lexicon: looked up by bisection
    in the sorted lexicon the pipeline already holds (``sorted_word_list``, read once),
    not in a case-folded copy of its 37,000 names made for the merge."""
    names = sorted_word_list("given_names")
    for form in dict.fromkeys((word.capitalize(), word)):
        at = bisect_left(names, form)
        if at < len(names) and names[at] == form:
            return True
    return False


def _two_names(part: str, word: str, other: str) -> bool:
    """Two given names both in the lexicon are two people ("Clare", "Claire"), not a typo."""
    return part == "given" and _is_given_name(word) and _is_given_name(other)


NAME_PARTS = ("family", "given")
"""The word of a full name a copy may misspell: "Rhian Davis" for "Rhian Davies", or
"Gethyn Parry" for "Gethin Parry"."""


def typo_remap(people: Iterable[Person]) -> dict[str, str]:
    """Ids of people whose family or first given name is a typo of another's -> the id
    they merge under."""
    candidates = [p for p in people if len(p.name.split()) >= 2 and p.titles]
    parent = list(range(len(candidates)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for part in NAME_PARTS:
        buckets: dict[tuple[tuple[str, ...], str], list[int]] = defaultdict(list)
        for index, person in enumerate(candidates):
            rest, word = _split(person.name, part)
            if len(word) < MIN_FAMILY:
                continue
            seen: set[int] = set()
            for key in _keys(word):
                bucket = buckets[(rest, key)]
                for other in bucket:
                    if other in seen:
                        continue
                    seen.add(other)
                    their = candidates[other]
                    theirs = _split(their.name, part)[1]
                    if (
                        their.titles & person.titles
                        and OSA.distance(theirs, word) == 1
                        and not _two_names(part, word, theirs)
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
    return _with_short_forms(candidates, remap)


SHORT_FORM_MIN = 2
"""The fewest letters of a short given name ("Jo"), and the fewest letters its full form
adds ("Joanna"; not "Ann" and "Anne", "Carl" and "Carla": two names)."""


def _with_short_forms(candidates: list[Person], remap: dict[str, str]) -> dict[str, str]:
    """``remap`` with each person named by a short given name ("Jo Bell", "Chris Noble")
    folded into the one person of the corpus whose given name it opens ("Joanna Bell",
    "Christopher Noble"): the same family name and further names, a shared title, and no
    second such person ("Sam Bell" beside "Samantha Bell" and "Samuel Bell" stays). The
    full name is the canonical one. Found by bucket of family name and first letters, so
    the work grows with the people, not its square."""
    buckets: dict[tuple[tuple[str, ...], str], list[tuple[int, str]]] = defaultdict(list)
    for index, person in enumerate(candidates):
        rest, given = _split(person.name, "given")
        if len(given) >= SHORT_FORM_MIN:
            buckets[(rest, given[:SHORT_FORM_MIN])].append((index, given))
    short: dict[str, str] = {}
    for members in buckets.values():
        for index, given in members if len(members) > 1 else ():
            titles = candidates[index].titles
            fuller = [
                other
                for other, theirs in members
                if len(theirs) >= len(given) + SHORT_FORM_MIN
                and theirs.startswith(given)
                and candidates[other].titles & titles
            ]
            if len(fuller) == 1:
                short[candidates[index].ident] = candidates[fuller[0]].ident
    if not short:
        return remap

    def final(ident: str) -> str:
        seen: set[str] = set()
        while ident not in seen and (ident in remap or ident in short):
            seen.add(ident)
            ident = short.get(remap.get(ident, ident), remap.get(ident, ident))
        return ident

    idents = {*remap, *short}
    return {ident: final(ident) for ident in sorted(idents) if final(ident) != ident}
