"""Statistic records: from one Doc, then merged across documents.

A figure is one record when its value, unit, change, area, period and rate agree,
whichever document states it and however it is hedged ("around 1,500" and "1,500" in
the same release are one figure; the record keeps the qualifier most mentions give).
The merge rules, each named:

- ``restated-noun`` (one document): a count stated again with another noun ("440 extra
  reports …, which means 440 more victims") is the same figure, under the first
  mention's noun;
- ``vague-restatement`` (one document): a restatement with neither area nor period
  (a headline) joins the specific statement of the same value, unit and change;
- ``reprint-period`` (across documents): a copy whose period is unknown joins the copies
  of the same value, unit, change, area and rate that state one, provided exactly one
  period is stated among them all (two different periods: the undated copy stays apart).

Every rule groups by dictionary keys over the whole set, never by the order documents
come in, so the records do not depend on it. Linear in the number of findings.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import NamedTuple

from spacy.tokens import Doc

from pressfacts.findings import CheckFinding, StatisticFinding
from pressfacts.models.ids import statistic_id
from pressfacts.models.records import (
    Change,
    ChangeCheck,
    Mention,
    Per,
    Period,
    Qualifier,
    StatisticRecord,
)


@dataclass(frozen=True)
class PartialStatistic:
    """One finding of one document, ready to merge."""

    finding: StatisticFinding
    mention: Mention
    period: Period | None


class _Spot(NamedTuple):
    """A mention's fields: a quarter of a :class:`Mention`'s memory while the merge holds it."""

    doc: str
    start: int
    end: int
    text: str


class _Figure(NamedTuple):
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
class _Held:
    """A partial as the merge holds it (every partial of the batch at once): the
    finding's fields the merge reads, the mention as a :class:`_Spot`, the period
    shared with every equal one."""

    finding: _Figure
    mention: _Spot
    period: Period | None


def _held(partial: PartialStatistic, periods: dict[Period, Period]) -> _Held:
    f, mention, period = partial.finding, partial.mention, partial.period
    return _Held(
        _Figure(f.value, f.unit, f.qualifier, f.change, f.measure, f.area, f.per, f.check),
        _Spot(mention.doc, mention.start, mention.end, mention.text),
        None if period is None else periods.setdefault(period, period),
    )


_RATIOS = ("percent", "times", "pounds")


def restated_nouns(findings: list[StatisticFinding]) -> list[StatisticFinding]:
    """``restated-noun``: a count of one document stated again with another noun, with the
    same value, change, area, rate and period, takes the first mention's noun. Two
    counts side by side with no change ("5 men and 5 women") are two figures."""
    first: dict[tuple[object, ...], StatisticFinding] = {}
    restated = []
    for finding in findings:
        if finding.unit in _RATIOS:
            restated.append(finding)
            continue
        period = (finding.period.start, finding.period.end) if finding.period else None
        key = (finding.value, finding.change, finding.area, finding.per, period)
        earlier = first.setdefault(key, finding)
        side_by_side = earlier.sentence == finding.sentence and finding.change is None
        if earlier is not finding and earlier.unit != finding.unit and not side_by_side:
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


def _key(partial: _Held) -> tuple[object, ...]:
    finding, period = partial.finding, partial.period
    return (
        finding.value,
        finding.unit,
        finding.change,
        finding.area,
        finding.per,
        (period.start.isoformat(), period.end.isoformat()) if period else None,
    )


def _most_common(values: Iterable[str | None]) -> str | None:
    """The value given most often (ties to the smallest); None when none is given."""
    counts: dict[str, int] = {}
    for value in values:
        if value is not None:
            counts[value] = counts.get(value, 0) + 1
    if len(counts) < 2:
        return next(iter(counts), None)  # most groups are one figure stated once
    return min(counts.items(), key=lambda item: (-item[1], item[0]))[0]


def _fields(group: list[_Held]) -> dict[str, object]:
    """What a group's record is identified by (:func:`statistic_id` hashes it); ``group``
    in record order (:func:`_ordered`)."""
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


def _ordered(group: list[_Held]) -> list[_Held]:
    return sorted(group, key=lambda p: (_is_vague(p), p.mention.doc, p.mention.start))


def _record(group: list[_Held], ident: str) -> StatisticRecord:
    """The record of one group (in record order, :func:`_ordered`) and its id."""
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


def _is_vague(partial: _Held) -> bool:
    """A figure stated with neither area nor period (a headline's "up 89 per cent")."""
    return partial.finding.area is None and partial.period is None


def _base_key(partial: _Held) -> tuple[object, ...]:
    finding = partial.finding
    return (finding.value, finding.unit, finding.change, finding.area, finding.per)


def _reprint_periods(partials: list[_Held]) -> list[_Held]:
    """``reprint-period``: copies with no period take the one period their dated copies
    state, when exactly one is stated among all copies of the figure."""
    stated: dict[tuple[object, ...], set[tuple[str, str]]] = defaultdict(set)
    chosen: dict[tuple[tuple[object, ...], tuple[str, str]], Period] = {}
    undated: list[tuple[int, tuple[object, ...]]] = []
    for index, partial in enumerate(partials):
        base = _base_key(partial)
        if partial.period is None:
            undated.append((index, base))
            continue
        span = (partial.period.start.isoformat(), partial.period.end.isoformat())
        stated[base].add(span)
        key = (base, span)
        # the same span may be worded differently: keep the smallest wording, order-free
        if key not in chosen or partial.period.text < chosen[key].text:
            chosen[key] = partial.period
    merged = list(partials)
    for index, base in undated:
        spans = stated.get(base)
        if spans is not None and len(spans) == 1:
            partial = partials[index]
            period = chosen[(base, next(iter(spans)))]
            merged[index] = _Held(partial.finding, partial.mention, period)
    return merged


def merge_statistics(partials: Iterable[PartialStatistic]) -> list[StatisticRecord]:
    """Statistic records merged across documents, sorted by id (the rules of the module
    docstring: ``vague-restatement`` and ``reprint-period``)."""
    return list(merged_statistics(partials))


def merged_statistics(partials: Iterable[PartialStatistic]) -> Iterator[StatisticRecord]:
    """:func:`merge_statistics` with the records made one at a time, in id order, as the
    iterator is read: the groups are found and their ids computed first, each record is
    built when its turn comes, so a caller that packs or writes them never holds them all."""
    periods: dict[Period, Period] = {}
    dated = _reprint_periods([_held(partial, periods) for partial in partials])
    groups: dict[tuple[object, ...], list[_Held]] = defaultdict(list)
    specific: dict[tuple[object, ...], tuple[object, ...]] = {}
    vague: list[_Held] = []
    for partial in sorted(dated, key=lambda p: (p.mention.doc, p.mention.start)):
        if _is_vague(partial):
            vague.append(partial)
            continue
        key = _key(partial)
        groups[key].append(partial)
        finding = partial.finding
        same_figure = (partial.mention.doc, finding.value, finding.unit, finding.change)
        specific.setdefault(same_figure, key)
    for partial in vague:
        finding = partial.finding
        same_figure = (partial.mention.doc, finding.value, finding.unit, finding.change)
        groups[specific.get(same_figure, _key(partial))].append(partial)
    del dated, specific, vague
    ordered = [_ordered(group) for group in groups.values()]
    del groups
    named = sorted((statistic_id(_fields(group)), number) for number, group in enumerate(ordered))
    for ident, number in named:
        group, ordered[number] = ordered[number], []
        yield _record(group, ident)
