"""Statistic records: from one Doc, then merged across documents.

A figure is one record when its value, unit, change, area, period and rate agree,
whichever document states it and however it is hedged ("around 1,500" and "1,500" in
the same release are one figure; the record keeps the qualifier most mentions give).
Grouping is a dictionary pass: linear in the number of findings.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc

from pressfacts.findings import StatisticFinding
from pressfacts.models.ids import statistic_id
from pressfacts.models.records import ChangeCheck, Mention, Period, StatisticRecord


@dataclass(frozen=True)
class PartialStatistic:
    """One finding of one document, ready to merge."""

    finding: StatisticFinding
    mention: Mention
    period: Period | None


def doc_statistics(doc: Doc, doc_id: str) -> list[PartialStatistic]:
    """The statistics of ``doc`` with their mentions and periods as record parts."""
    partials = []
    for finding in doc._.statistics or []:
        period = None
        # an inverted period is a rule's mistake: the figure keeps no period rather
        # than a false one (the Period model rejects start > end)
        if finding.period is not None and finding.period.start <= finding.period.end:
            words = doc.text[finding.period.start_char : finding.period.end_char].strip()
            period = Period(start=finding.period.start, end=finding.period.end, text=words)
        mention = Mention(
            doc=doc_id,
            start=finding.start,
            end=finding.end,
            text=doc.text[finding.start : finding.end],
        )
        partials.append(PartialStatistic(finding, mention, period))
    return partials


def _key(partial: PartialStatistic) -> tuple[object, ...]:
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
    counts = Counter(value for value in values if value is not None)
    if not counts:
        return None
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[0][0]


def _record(group: list[PartialStatistic]) -> StatisticRecord:
    group = sorted(group, key=lambda p: (_is_vague(p), p.mention.doc, p.mention.start))
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
    fields: dict[str, object] = {
        "value": first.value,
        "unit": first.unit,
        "qualifier": qualifier,
        "change": first.change,
        "area": first.area,
        "per": first.per,
        "period": [period.start.isoformat(), period.end.isoformat()] if period else None,
    }
    return StatisticRecord(
        id=statistic_id(fields),
        value=first.value,
        unit=first.unit,
        qualifier=first.qualifier if qualifier is None else qualifier,
        change=first.change,
        measure=_most_common(p.finding.measure for p in group),
        area=first.area,
        per=first.per,
        period=period,
        check=check,
        mentions=sorted((p.mention for p in group), key=lambda m: (m.doc, m.start)),
    )


def _is_vague(partial: PartialStatistic) -> bool:
    """A figure stated with neither area nor period (a headline's "up 89 per cent")."""
    return partial.finding.area is None and partial.period is None


def merge_statistics(partials: Iterable[PartialStatistic]) -> list[StatisticRecord]:
    """Statistic records merged across documents, sorted by id.

    Within one document, a vague restatement of a figure (no area, no period: the
    headline of the story) joins the specific statement of the same value, unit and
    change, as an analyst would count it once.
    """
    groups: dict[tuple[object, ...], list[PartialStatistic]] = defaultdict(list)
    specific: dict[tuple[object, ...], tuple[object, ...]] = {}
    vague: list[PartialStatistic] = []
    for partial in partials:
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
    return sorted((_record(group) for group in groups.values()), key=lambda r: r.id)
