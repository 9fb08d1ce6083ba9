"""Statistic records: from one Doc, then merged across documents.

A figure is one record when its value, unit, change, area, period and rate agree,
whichever document states it and however it is hedged ("around 1,500" and "1,500" in
the same release are one figure; the record keeps the qualifier most mentions give).
The merge rules, each named:

- ``restated-noun`` (one document): a count stated again with another noun ("440 extra
  reports …, which means 440 more victims"), with the same period or none, is the same
  figure, under the first mention's noun;
- ``small-count-coincidence`` (one document): a small count (below
  :data:`COINCIDENT_BELOW`) with no change, stated again with a noun of people after a noun
  of things or the other way round, is a second figure that shares the value by chance
  ("seized two excavators" … "Two men … were interviewed"), not a restatement;
- ``vague-restatement`` (one document): a restatement with neither area nor period
  (a headline) joins the specific statement of the same value, unit and change;
- ``reprint-period`` (across documents): a copy whose period is unknown joins the copies
  of the same value, unit, change, area and rate that state one, provided exactly one
  period is stated among them all (two different periods: the undated copy stays apart).

Every rule groups by dictionary keys over the whole set, never by the order documents
come in, so the records do not depend on it. Linear in the number of findings.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import pairwise

import numpy
from spacy.tokens import Doc

from pressfacts.findings import StatisticFinding
from pressfacts.knowledge.count_synonyms import counts_people, same_kind
from pressfacts.knowledge.statistic_held import NONE, Held, HeldStatistics
from pressfacts.lexicon.units import NOT_COUNTED_UNITS
from pressfacts.models.ids import statistic_id
from pressfacts.models.records import (
    ChangeCheck,
    Mention,
    Period,
    StatisticRecord,
)

COINCIDENT_BELOW = 10
"""Counts below this share their value by chance often enough ("two excavators", "two
men") that a restatement does not cross from people to things (rule
``small-count-coincidence``); larger counts restated with any noun stay one figure
("440 extra reports …, which means 440 more victims")."""


def _coincident(earlier: StatisticFinding, finding: StatisticFinding) -> bool:
    """``small-count-coincidence``: a small count with no change, one of whose two nouns
    counts people (:func:`~pressfacts.knowledge.count_synonyms.counts_people`) and the
    other things, is not a restatement of the other ("two excavators" … "Two men"); two
    nouns of things ("five takeaways" … "five failures") may restate one figure."""
    small = finding.value < COINCIDENT_BELOW and finding.change is None
    return small and counts_people(earlier.unit) != counts_people(finding.unit)


@dataclass(frozen=True)
class PartialStatistic:
    """One finding of one document, ready to merge."""

    finding: StatisticFinding
    mention: Mention
    period: Period | None


def restated_nouns(findings: list[StatisticFinding]) -> list[StatisticFinding]:
    """``restated-noun``: a count of one document stated again with another noun, with the
    same value, change, area, rate and period, takes the first mention's noun; so does
    one stated again with no period after a dated statement, by a word for the same
    kind of thing (:func:`~pressfacts.knowledge.count_synonyms.same_kind`: "74 firearms
    in 2024/25" … "taking 74 guns off the streets"), which ``reprint-period`` then dates. Two counts
    side by side with no change ("5 men and 5 women") are two figures."""
    first: dict[tuple[object, ...], StatisticFinding] = {}
    dated: dict[tuple[object, ...], StatisticFinding] = {}  # the first with a period
    restated = []
    for finding in findings:
        if finding.unit in NOT_COUNTED_UNITS:
            restated.append(finding)
            continue
        period = (finding.period.start, finding.period.end) if finding.period else None
        figure = (finding.value, finding.change, finding.area, finding.per)
        if period is not None:
            dated.setdefault(figure, finding)
        earlier = first.setdefault((*figure, period), finding)
        restates = earlier is finding and period is None and figure in dated
        if restates and same_kind(dated[figure].unit, finding.unit):
            earlier = dated[figure]  # restated undated: "taking 74 guns off the streets"
        side_by_side = earlier.sentence == finding.sentence and finding.change is None
        apart = side_by_side or _coincident(earlier, finding)
        if earlier is not finding and earlier.unit != finding.unit and not apart:
            finding = replace(finding, unit=earlier.unit)
        restated.append(finding)
    return restated


def doc_statistics(doc: Doc, doc_id: str, text: str | None = None) -> list[PartialStatistic]:
    """The statistics of ``doc`` with their mentions and periods as record parts;
    ``text`` is ``doc.text`` when the caller has it (spaCy builds that anew on each read)."""
    partials = []
    text = doc.text if text is None else text  # once per Doc, not per mention
    for finding in restated_nouns(list(doc._.statistics or [])):
        period = None
        # an inverted period is a rule's mistake: the figure keeps no period rather
        # than a false one (the Period model rejects start > end)
        if finding.period is not None and finding.period.start <= finding.period.end:
            words = text[finding.period.start_char : finding.period.end_char].strip()
            period = Period(start=finding.period.start, end=finding.period.end, text=words)
        mention = Mention(
            doc=doc_id,
            start=finding.start,
            end=finding.end,
            text=text[finding.start : finding.end],
        )
        partials.append(PartialStatistic(finding, mention, period))
    return partials


def _most_common(values: Iterable[str | None]) -> str | None:
    """The value given most often (ties to the smallest); None when none is given."""
    counts: dict[str, int] = {}
    for value in values:
        if value is not None:
            counts[value] = counts.get(value, 0) + 1
    if len(counts) < 2:
        return next(iter(counts), None)  # most groups are one figure stated once
    return min(counts.items(), key=lambda item: (-item[1], item[0]))[0]


def _fields(group: list[Held]) -> dict[str, object]:
    """What a group's record is identified by (:func:`statistic_id` hashes it); ``group``
    in record order (statements with an area or a period
    first, then by document and place)."""
    first = group[0].finding
    period = next((p.period for p in group if p.period), None)
    return {
        "value": first.value,
        "unit": first.unit,
        "qualifier": _most_common(p.finding.qualifier for p in group),
        "change": first.change,
        "area": first.area,
        "per": first.per,
        "period": [period.start.isoformat(), period.end.isoformat()] if period else None,
    }


def _record(group: list[Held], ident: str) -> StatisticRecord:
    """The record of one group (in record order, see :func:`_fields`) and its id."""
    first = group[0].finding
    qualifier = _most_common(p.finding.qualifier for p in group)
    period = next((p.period for p in group if p.period), None)
    check_source = next((p.finding.check for p in group if p.finding.check), None)
    check = None
    if check_source:
        check = ChangeCheck(
            from_value=check_source.from_value,
            to_value=check_source.to_value,
            computed=check_source.computed,
            stated=check_source.stated,
            agrees=check_source.agrees,
        )
    return StatisticRecord(
        id=ident,
        value=first.value,
        unit=first.unit,
        qualifier=first.qualifier if qualifier is None else qualifier,
        change=first.change,
        measure=_most_common(p.finding.measure for p in group),
        area=first.area,
        per=first.per,
        period=period,
        check=check,
        mentions=[
            Mention(doc=m.doc, start=m.start, end=m.end, text=m.text)
            for m in sorted((p.mention for p in group), key=lambda m: (m.doc, m.start))
        ],
    )


def _reprint_periods(held: HeldStatistics) -> None:
    """``reprint-period``: copies with no period take the one period their dated copies
    state, when exactly one is stated among all copies of the figure (``held.period``
    is changed in place)."""
    periods = held.periods
    spans = [(period.start.isoformat(), period.end.isoformat()) for period in periods]
    stated: dict[int, set[tuple[str, str]]] = defaultdict(set)  # base -> spans stated
    chosen: dict[tuple[int, tuple[str, str]], int] = {}  # (base, span) -> period
    for base, number in zip(held.base, held.period, strict=True):
        if number == NONE:
            continue
        span = spans[number]
        stated[base].add(span)
        key = (base, span)
        # the same span may be worded differently: keep the smallest wording, order-free
        if key not in chosen or periods[number].text < periods[chosen[key]].text:
            chosen[key] = number
    for index, (base, number) in enumerate(zip(held.base, held.period, strict=True)):
        if number == NONE:
            found = stated.get(base)
            if found is not None and len(found) == 1:
                held.period[index] = chosen[(base, next(iter(found)))]


def merge_statistics(partials: Iterable[PartialStatistic]) -> list[StatisticRecord]:
    """Statistic records merged across documents, sorted by id (the rules of the module
    docstring: ``vague-restatement`` and ``reprint-period``)."""
    return list(merged_statistics(partials))


def merged_statistics(partials: Iterable[PartialStatistic]) -> Iterator[StatisticRecord]:
    """:func:`merge_statistics` with the records made one at a time, in id order, as the
    iterator is read: the groups are found (by numbers, the partials held on disk,
    :mod:`~pressfacts.knowledge.statistic_held`) and their ids computed first, each
    record is built when its turn comes, so a caller that packs or writes them never
    holds them all."""
    held = HeldStatistics(partials)
    _reprint_periods(held)
    documents, bases, periods = held.documents, held.bases, held.periods
    spans = {(p.start.isoformat(), p.end.isoformat()) for p in periods}
    span_number = {span: number for number, span in enumerate(sorted(spans))}
    period_span = [span_number[(p.start.isoformat(), p.end.isoformat())] for p in periods]
    figures: dict[tuple[object, ...], int] = {}  # value, unit and change: numbered

    def key(index: int) -> tuple[int, int]:  # the figure and its period's dates
        number = held.period[index]
        return held.base[index], NONE if number == NONE else period_span[number]

    def vague(index: int) -> bool:  # stated with neither area nor period
        return bases[held.base[index]][3] is None and held.period[index] == NONE

    def same_figure(index: int) -> tuple[int, int]:  # document, value, unit and change
        value, unit, change = bases[held.base[index]][:3]
        return held.document[index], figures.setdefault((value, unit, change), len(figures))

    # numbers, not objects, per partial: the documents by rank, each partial's place
    rank = numpy.empty(len(documents), dtype=numpy.int64)
    rank[sorted(range(len(documents)), key=documents.__getitem__)] = numpy.arange(len(documents))
    doc_rank = rank[numpy.frombuffer(held.document, dtype=numpy.int32)]
    starts = numpy.frombuffer(held.start, dtype=numpy.int64)
    in_order = _indices(numpy.lexsort((starts, doc_rank)))  # by document, then place
    group_of: dict[tuple[int, int], int] = {}  # a group's key -> its number, first seen first
    member_of = array("i", bytes(4 * len(held)))  # each partial's group
    wanted = {same_figure(index) for index in in_order if vague(index)}
    specific: dict[tuple[int, int], tuple[int, int]] = {}
    for index in in_order:
        if vague(index):
            continue
        member_of[index] = group_of.setdefault(key(index), len(group_of))
        figure = same_figure(index)
        if figure in wanted:
            specific.setdefault(figure, key(index))
    for index in in_order:
        if vague(index):
            group_key = specific.get(same_figure(index), key(index))
            member_of[index] = group_of.setdefault(group_key, len(group_of))
    count = len(group_of)
    del in_order, specific, wanted, group_of
    # every group's members in record order (vague last, then by document and place),
    # one group after the other
    vagueness = numpy.fromiter(map(vague, range(len(held))), dtype=numpy.bool_, count=len(held))
    groups = numpy.frombuffer(member_of, dtype=numpy.int32)
    members = _indices(numpy.lexsort((starts, doc_rank, vagueness, groups)))
    ends = numpy.cumsum(numpy.bincount(groups, minlength=count)).tolist()
    del doc_rank, vagueness, groups, member_of
    bounds = list(pairwise([0, *ends]))
    # the ids as numbers (their hex digits), sorted: a string and a tuple each would
    # take more than the records' share of the output
    numbers = numpy.fromiter(
        (_id_number(statistic_id(_fields([held[i] for i in members[a:b]]))) for a, b in bounds),
        dtype=numpy.uint64,
        count=count,
    )
    for group in numpy.argsort(numbers, kind="stable").tolist():
        start, end = bounds[group]
        yield _record([held[i] for i in members[start:end]], _ID_PREFIX + f"{numbers[group]:016x}")


_ID_PREFIX = "stat:"


def _id_number(ident: str) -> int:
    """A statistic id's hex digits as a number (ids sort as their numbers do)."""
    if not ident.startswith(_ID_PREFIX) or len(ident) != len(_ID_PREFIX) + 16:
        raise ValueError(f"unexpected statistic id {ident!r}")
    return int(ident[len(_ID_PREFIX) :], 16)


def _indices(order: numpy.ndarray) -> array[int]:
    """A numpy index array as a compact ``array`` of Python-readable numbers."""
    return array("i", order.astype(numpy.int32).tobytes())
