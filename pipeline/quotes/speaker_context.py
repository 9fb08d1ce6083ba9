"""What the speaker rules read: the entity mentions of a document, walked from a quote's
cue back to the nearest of a kind, and a rule's answer.

Why its own module: the rules of :mod:`pressfacts.quotes.speakers` and the helpers they
call share these types; kept apart, the rules module holds only rules.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from pressfacts.quotes.cues import Clause

ORGANISATION = "ORGANISATION"
"""The kind of every mention that is not a PERSON (force, charity, other organisation)."""


@dataclass(frozen=True)
class EntityMention:
    """An entity named at ``[start, end)`` (from ``doc.spans["entities"]``)."""

    start: int
    end: int
    id: str
    type: str


@dataclass(frozen=True)
class SpeakerContext:
    """What the speaker rules look at besides the clause: every entity of the document.

    Attributes:
        mentions: entity mentions sorted by start.
        titles: person id -> titles (for "the Commissioner said").
        genders: person id -> "male" / "female" when an honorific tells.
        excluded: spans whose mentions do not count as antecedents (quoted words).
        surnames: lower-case surname -> ids of the people with it (for "Horne said").
        quoted: the quoted words of every passage of the document (for a pronoun's
            antecedent: "Kola lied," the prosecutor said. "…," she said).
    """

    mentions: Sequence[EntityMention]
    titles: dict[str, tuple[str, ...]] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)
    excluded: tuple[tuple[int, int], ...] = ()
    surnames: Mapping[str, frozenset[str]] = field(default_factory=dict)
    quoted: tuple[tuple[int, int], ...] = ()
    quoted_starts: list[int] = field(default_factory=list, repr=False)
    """The starts of ``quoted``, for bisection."""
    starts: list[int] = field(init=False, repr=False)
    kinds: dict[str, tuple[tuple[EntityMention, ...], list[int]]] = field(init=False, repr=False)
    """Entity type (and ``ORGANISATION``) -> its mentions and their starts."""
    by_id: dict[str, list[EntityMention]] = field(init=False, repr=False)
    title_holders: dict[str, frozenset[str]] = field(init=False, repr=False)
    """Lower-case title and each of its word endings -> the people who hold it."""

    def __post_init__(self) -> None:
        by_id: dict[str, list[EntityMention]] = {}
        for mention in self.mentions:
            by_id.setdefault(mention.id, []).append(mention)
        holders: dict[str, set[str]] = {}
        for ident, titles in self.titles.items():
            for title in titles:
                words = title.lower().split()
                for size in range(1, len(words) + 1):
                    holders.setdefault(" ".join(words[-size:]), set()).add(ident)
        object.__setattr__(self, "starts", [m.start for m in self.mentions])
        kinds: dict[str, list[EntityMention]] = {}
        for mention in self.mentions:
            kinds.setdefault(mention.type, []).append(mention)
            if mention.type != "PERSON":
                kinds.setdefault(ORGANISATION, []).append(mention)
        object.__setattr__(
            self, "kinds", {k: (tuple(ms), [m.start for m in ms]) for k, ms in kinds.items()}
        )
        object.__setattr__(self, "by_id", by_id)
        object.__setattr__(
            self, "title_holders", {key: frozenset(ids) for key, ids in holders.items()}
        )

    def _with(self, **fields: object) -> SpeakerContext:
        """A shallow copy with ``fields`` set, its indexes shared (no ``__post_init__``
        rebuild, as ``dataclasses.replace`` would run)."""
        copy = object.__new__(SpeakerContext)
        copy.__dict__.update(self.__dict__)
        for name, value in fields.items():
            object.__setattr__(copy, name, value)
        return copy

    def for_passage(self, runs: tuple[tuple[int, int], ...]) -> SpeakerContext:
        """The same context with the passage's quoted words excluded (indexes shared)."""
        return self._with(excluded=runs)

    def _counts(self, mention: EntityMention) -> bool:
        return not any(s <= mention.start and mention.end <= e for s, e in self.excluded)

    def in_quoted(self, mention: EntityMention) -> bool:
        """Whether the mention stands inside the quoted words of some passage (the run
        starting last at or before it, found by bisection: runs do not overlap)."""
        index = bisect_right(self.quoted_starts, mention.start) - 1
        return index >= 0 and mention.end <= self.quoted[index][1]

    def with_quoted(self, runs: tuple[tuple[int, int], ...]) -> SpeakerContext:
        """The same context knowing the document's quoted words (indexes shared)."""
        ordered = tuple(sorted(runs))
        return self._with(quoted=ordered, quoted_starts=[start for start, _ in ordered])

    def before(self, position: int, kind: str | None = None) -> Iterator[EntityMention]:
        """Mentions ending before ``position`` outside quoted words, nearest first.

        ``kind`` keeps one kind: an entity type, or ``ORGANISATION`` for any type but
        PERSON; the walk back then passes over that kind's mentions only (a quote with
        no person before it never reads every mention of the document).
        """
        mentions, starts = self.kinds.get(kind, ((), [])) if kind else (self.mentions, self.starts)
        for index in range(bisect_left(starts, position) - 1, -1, -1):
            mention = mentions[index]
            if mention.end <= position and self._counts(mention):
                yield mention

    def inside(self, clause: Clause) -> list[EntityMention]:
        """Mentions within the clause."""
        found = []
        for index in range(bisect_left(self.starts, clause.start), len(self.mentions)):
            mention = self.mentions[index]
            if mention.start >= clause.end:
                break
            if mention.end <= clause.end:
                found.append(mention)
        return found

    def named_before(self, ident: str, position: int) -> bool:
        """Whether the entity has a mention ending before ``position`` outside quoted words."""
        return any(m.end <= position and self._counts(m) for m in self.by_id.get(ident, ()))


@dataclass(frozen=True)
class SpeakerFound:
    """A speaker rule's answer: the entity (None: the text says nobody single) and how."""

    speaker: str | None
    rule: str
    detail: str | None = None

    def describe(self) -> str:
        """ "pronoun 'she'", "reference 'the charity'", "person named"."""
        return f"{self.rule} '{self.detail}'" if self.detail else self.rule
