"""Every statistic partial of a batch as the statistics merge holds it: keys in memory,
the rest on disk.

Why: the merge (:mod:`~pressfacts.knowledge.statistic_merge`) needs every partial of
the batch before it can build the first record, but it groups them by a few keys only
(the figure, the period's dates, the document and place of the mention); the rest (the
qualifier, measure, check, the mention's words) is read again only when a group's
record is built. Held as objects (a tuple of the finding's fields, one of the
mention's, their strings, per partial) they took about 600 bytes a partial, more than
their records' share of the output. :class:`HeldStatistics` keeps each partial in a
:class:`~pressfacts.knowledge.spilled_list.SpilledList` (on disk) and its keys as
numbers in arrays: each distinct figure, period and document id is held once.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from pressfacts.findings import CheckFinding
from pressfacts.knowledge.spilled_list import SpilledList
from pressfacts.models.records import Change, Per, Period, Qualifier

if TYPE_CHECKING:
    from pressfacts.knowledge.statistic_merge import PartialStatistic

NONE = -1
"""The number of no period."""

Base = tuple[object, ...]
"""A figure's value, unit, change, area and rate: what copies of it share."""


class Spot(NamedTuple):
    """A mention's fields: a quarter of a :class:`~pressfacts.models.records.Mention`'s
    memory while a record is built from it."""

    doc: str
    start: int
    end: int
    text: str


class Figure(NamedTuple):
    """What the merge reads of a finding: a tuple, a fifth of the finding's memory."""

    value: float | int
    unit: str
    qualifier: Qualifier | None
    change: Change | None
    measure: str | None
    area: str | None
    per: Per | None
    check: CheckFinding | None


@dataclass(frozen=True, slots=True)
class Held:
    """A partial as a group's record is built from it: the finding's fields the merge
    reads, the mention as a :class:`Spot`, its period (after ``reprint-period``)."""

    finding: Figure
    mention: Spot
    period: Period | None


class HeldStatistics:
    """The partials of a batch, numbered in the order given: keys in arrays, the rest on
    disk. ``period`` is each partial's period number (:data:`NONE`: none), which the
    merge may change (a copy taking its dated copies' period)."""

    def __init__(self, partials: Iterable[PartialStatistic]) -> None:
        self._items = SpilledList()  # each partial's Figure and Spot
        self.periods: list[Period] = []  # each distinct period once
        self._period_number: dict[Period, int] = {}
        self.bases: list[Base] = []  # each distinct figure once
        self._base_number: dict[Base, int] = {}
        self.documents: list[str] = []  # each document id once
        self._document_number: dict[str, int] = {}
        self._words: dict[str, str] = {}
        self.base = array("i")
        self.period = array("i")
        self.document = array("i")
        self.start = array("q")
        for partial in partials:
            self._add(partial)

    def _add(self, partial: PartialStatistic) -> None:
        f, mention, period = partial.finding, partial.mention, partial.period
        figure = Figure(f.value, f.unit, f.qualifier, f.change, f.measure, f.area, f.per, f.check)
        self._items.append((figure, Spot(mention.doc, mention.start, mention.end, mention.text)))
        # the words of a figure repeat across documents (each unpickled on its own): once each
        base = (f.value, *(self._once(word) for word in (f.unit, f.change, f.area, f.per)))
        self.base.append(_number(base, self._base_number, self.bases))
        number = NONE if period is None else _number(period, self._period_number, self.periods)
        self.period.append(number)
        self.document.append(_number(mention.doc, self._document_number, self.documents))
        self.start.append(mention.start)

    def _once(self, word: str | None) -> str | None:
        return None if word is None else self._words.setdefault(word, word)

    def __len__(self) -> int:
        return len(self.base)

    def __getitem__(self, index: int) -> Held:
        """Partial number ``index`` as :class:`Held`, with its period as it stands."""
        figure, spot = self._items[index]
        number = self.period[index]
        return Held(figure, spot, None if number == NONE else self.periods[number])


T = TypeVar("T")


def _number(value: T, numbers: dict[T, int], values: list[T]) -> int:
    """The number of ``value`` (a new one when not seen: appended to ``values``)."""
    found = numbers.get(value)
    if found is None:
        found = numbers[value] = len(values)
        values.append(value)
    return found
