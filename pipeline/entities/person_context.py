"""What the person rules of :mod:`pressfacts.entities.people` find and share: a person
mention, and one document's context (its text, organisations and acronyms, the people
found so far and the spans they took)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from pressfacts.entities.organisations import OrganisationMention
from pressfacts.findings import RoleFinding

_INNER_WORD = re.compile(r"(?<=[ \t])\S")
"""A word of a title after its first ("Con" in "Det Con")."""


@dataclass
class PersonMention:
    """A person named at ``[start, end)``; ``name`` is canonical (no title)."""

    start: int
    end: int
    name: str
    roles: list[RoleFinding] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    rule: str = ""

    @property
    def titles(self) -> list[str]:
        """The titles of the roles, once each, in order."""
        return list(dict.fromkeys(role.title for role in self.roles))


class PeopleContext:
    """What one document's rules share: its text, organisations, acronyms, the people
    found so far and the spans they took."""

    def __init__(
        self,
        text: str,
        organisations: Sequence[OrganisationMention],
        acronyms: dict[str, str],
        title_spans: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.text = text
        self.organisations = organisations
        self.acronyms = acronyms
        self.people: list[PersonMention] = []
        self.singles: list[re.Match[str]] = []
        # the spans taken so far, kept as a sorted union of disjoint intervals so that a
        # look-up is a bisection, not a scan of every span per candidate (linear documents)
        self._starts: list[int] = []
        self._ends: list[int] = []
        for mention in organisations:
            self._take(mention.start, mention.end)
        # no name starts on a word inside a title of several words: "Det Con Sowerby
        # said" is no "Con Sowerby" ("Con" is also a given name)
        self._title_inner = frozenset(
            match.start()
            for start, end in title_spans
            for match in _INNER_WORD.finditer(text, start, end)
            if match.start() > start
        )

    def free(self, start: int, end: int) -> bool:
        """No organisation or person found so far overlaps ``[start, end)``, and it does
        not start on an inner word of a title."""
        if start in self._title_inner:
            return False
        before = bisect_left(self._starts, end) - 1  # the last taken span starting before end
        return before < 0 or self._ends[before] <= start

    def add(self, person: PersonMention) -> None:
        """Record a person found and the span it takes."""
        self.people.append(person)
        self._take(person.start, person.end)

    def _take(self, start: int, end: int) -> None:
        """Add ``[start, end)`` to the union, merging the spans it overlaps."""
        first = bisect_right(self._ends, start)  # spans ending after start …
        last = bisect_left(self._starts, end)  # … and starting before end overlap it
        if first < last:
            start, end = min(start, self._starts[first]), max(end, self._ends[last - 1])
        self._starts[first:last] = [start]
        self._ends[first:last] = [end]


def latest_before(people: list[PersonMention]) -> tuple[list[int], list[int]]:
    """The people's starts in text order, and for each prefix of that order the index (in
    ``people``) of the one found last: the person found last of those named before a
    place is a bisection away (not a scan of all of them for each short form)."""
    order = sorted(range(len(people)), key=lambda index: people[index].start)
    last: list[int] = []
    for index in order:
        last.append(max(index, last[-1]) if last else index)
    return [people[index].start for index in order], last


def owned_role(role: RoleFinding, organisation: str | None, area: str | None) -> RoleFinding:
    """``role`` with the organisation or area written before its phrase, where it has none."""
    return RoleFinding(role.title, role.organisation or organisation, role.area or area)


def new_person(
    start: int, name: str, roles: list[RoleFinding], affiliations: list[str]
) -> PersonMention:
    """A person named ``name`` at ``start``, each role and affiliation once, in order."""
    return PersonMention(
        start,
        start + len(name),
        name,
        list(dict.fromkeys(roles)),
        list(dict.fromkeys(affiliations)),
    )
