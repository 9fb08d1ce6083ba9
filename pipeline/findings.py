"""The findings stages pass on, typed in one place.

Each stage writes its findings on the Doc (see :mod:`pressfacts.extensions`); the
knowledge stage turns them into records. Keeping the types here, apart from the stages
that make them, means no stage imports another for a type, and the fields already have
the record's types (``Literal`` kinds from :mod:`pressfacts.models.records`), so no
finding needs a cast on its way to a record.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import get_args

from pressfacts.models.records import Change, EntityType, Per, Qualifier


@dataclass(frozen=True)
class RoleFinding:
    """A title paired with the organisation (entity id) and area the text gives it."""

    title: str
    organisation: str | None = None
    area: str | None = None


@dataclass
class EntityInfo:
    """What one document says about one entity."""

    id: str
    type: EntityType
    name: str
    titles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    """Forms this document uses besides the name (not bare force areas)."""
    roles: list[RoleFinding] = field(default_factory=list)
    """PERSON: each title with its organisation and area, as this document states them."""

    def add_alias(self, form: str) -> None:
        """Keep ``form`` as an alias unless it is the name or a case variant of a kept one;
        on one line, each run of white space one space (a name wrapped or typed with a
        doubled space is the name)."""
        form = " ".join(form.split())
        folded = form.casefold()
        if folded != self.name.casefold() and folded not in {a.casefold() for a in self.aliases}:
            self.aliases.append(form)


@dataclass(frozen=True)
class QuoteFinding:
    """A quote of one document: runs of quoted words, speaker entity id, how it was found."""

    runs: tuple[tuple[int, int], ...]
    speaker: str | None
    attribution: str
    follows: bool = False
    """A part split off by its attribution from the quote before it (``“…,” said X.
    “…”``), or a paragraph carrying that quote on with no attribution of its own: a quote
    of its own, whose copies may print both parts as one."""

    def text(self, doc_text: str) -> str:
        """The quoted words, runs joined by a space."""
        return " ".join(doc_text[start:end] for start, end in self.runs)


@dataclass(frozen=True)
class PartialDate:
    """What is known of a date: its year, and its month and day when known ("2020-11"
    from a url with no day). Where it came from is ``source`` ("header", "url", "text")."""

    year: int
    month: int | None = None
    day: int | None = None
    source: str = "header"

    @classmethod
    def of(cls, day: dt.date, source: str = "header") -> PartialDate:
        """A whole date."""
        return cls(day.year, day.month, day.day, source)

    @property
    def date(self) -> dt.date | None:
        """The whole date, or None when its day or month is unknown."""
        if self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


UNRESOLVED = "unresolved"
"""The kind of a period phrase that cannot be dated (its dates are a placeholder)."""


@dataclass(frozen=True)
class PeriodFinding:
    """A period stated at ``[start_char, end_char)``: ``start``..``end`` inclusive."""

    start_char: int
    end_char: int
    start: dt.date
    end: dt.date
    kind: str
    """``explicit``, ``relative`` (to P), ``following``/``previous``/``same`` (to the
    period before), ``since`` (from a year to P)."""
    anchor: tuple[dt.date, dt.date] | None = None
    """For ``following``/``previous``: the period it was counted from."""


@dataclass(frozen=True)
class CheckFinding:
    """A stated change held against the counts it is computed from."""

    from_value: float
    to_value: float
    computed: float
    stated: float
    agrees: bool


@dataclass(frozen=True)
class StatisticFinding:
    """A figure stated at ``[start, end)`` of the text, with its normalised fields."""

    start: int
    end: int
    value: float | int
    unit: str
    qualifier: Qualifier | None = None
    change: Change | None = None
    measure: str | None = None
    area: str | None = None
    per: Per | None = None
    period: PeriodFinding | None = None
    check: CheckFinding | None = None
    """When the change sits beside the counts it is computed from."""
    sentence: int = 0


_QUALIFIERS: dict[str, Qualifier] = {word: word for word in get_args(Qualifier)}
_CHANGES: dict[str, Change] = {word: word for word in get_args(Change)}
_PERS: dict[str, Per] = {word: word for word in get_args(Per)}


def as_qualifier(word: str | None) -> Qualifier | None:
    """``word`` as the contract's qualifier (KeyError when a resource holds another)."""
    return None if word is None else _QUALIFIERS[word]


def as_change(word: str | None) -> Change | None:
    """``word`` as the contract's change kind (KeyError when a resource holds another)."""
    return None if word is None else _CHANGES[word]


def as_per(word: str | None) -> Per | None:
    """``word`` as the contract's rate unit (KeyError for any other word)."""
    return None if word is None else _PERS[word]
