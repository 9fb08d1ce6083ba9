"""A restated figure takes the period of the figure it restates, exactly
(:func:`restate_periods`) or rounded (:func:`rounded_periods`).

Why: a release's lead often rounds a figure its body states exactly, with its period
("almost 50 arrests in its first month" beside "47 arrests in May"; "nearly 30%
rise" beside "27.6% on the previous year"; "more than 200 people" beside "212 people
between April and June"). The rounded figure is a statistic of its own (its
value differs), but it covers the same time, which its own sentence often leaves out.

A round figure (:func:`is_round`) with no period whose qualifier is one of
:data:`ROUNDING_BANDS` takes the
period of the unqualified figures of its document with the same unit, change and area
whose value lies in the band, when they state exactly one period among them. Linear:
the dated exact figures are indexed once by (unit, change, area) and sorted by value,
and each rounded figure looks at most :data:`MAX_CANDIDATES` of them up.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from pressfacts.findings import PeriodFinding, StatisticFinding


@dataclass(frozen=True)
class RoundingBand:
    """Where the exact value of a figure stated as ``qualifier`` V may lie: between
    ``low`` × V and ``high`` × V, V itself excluded unless ``exact``."""

    name: str
    qualifier: str
    low: float
    high: float
    exact: bool = False


ROUNDING_BANDS: dict[str, RoundingBand] = {
    band.qualifier: band
    for band in (
        # "almost 50" for 47 or 46, "nearly 30%" for 27.6%; not for 51 or 40
        RoundingBand("nearly-below", "nearly", 0.9, 1.0),
        # "more than 200" for 212; not for 190 or 260
        RoundingBand("more-than-above", "more than", 1.0, 1.1),
        # "around 300" for 290 or 310, or 300 itself
        RoundingBand("approximately-around", "approximately", 0.9, 1.1, exact=True),
    )
}
"""Each qualifier that rounds a figure, and the band its exact value lies in."""

MAX_CANDIDATES = 8
"""More exact figures than this in a band: the rounding is too ambiguous to follow."""

_Key = tuple[str, str | None, str | None]


def is_round(value: float) -> bool:
    """Whether ``value`` reads as a rounded figure: under 100, a multiple of five ("nearly
    30%", "almost 50"); from 100, at most two significant figures ("more than 200",
    "around 2,400"). "Around 62%" or "more than 1,870" state a figure, not a rounding of
    another."""
    magnitude = abs(value)
    if magnitude < 100:
        return magnitude % 5 == 0
    digits = f"{magnitude:.0f}".rstrip("0")
    return magnitude == int(magnitude) and len(digits) <= 2


def _key(finding: StatisticFinding) -> _Key:
    return (finding.unit, finding.change, finding.area)


def _span(period: PeriodFinding) -> tuple[object, object]:
    return (period.start, period.end)


def rounded_periods(findings: Sequence[StatisticFinding]) -> list[StatisticFinding]:
    """``findings`` with each undated rounded figure dated as the exact figures it rounds."""
    exact: dict[_Key, list[tuple[float, int]]] = {}
    for index, finding in enumerate(findings):
        if finding.qualifier is None and finding.period is not None:
            exact.setdefault(_key(finding), []).append((float(finding.value), index))
    if not exact:
        return list(findings)
    for values in exact.values():
        values.sort()
    out = list(findings)
    for position, finding in enumerate(findings):
        band = ROUNDING_BANDS.get(finding.qualifier or "")
        rounded = band and finding.period is None and is_round(float(finding.value))
        found = exact.get(_key(finding)) if rounded else None
        if not band or not found:
            continue
        values = found
        value = float(finding.value)
        low = bisect_left(values, (band.low * value, -1))
        high = bisect_right(values, (band.high * value, len(findings)))
        if high - low > 2 * MAX_CANDIDATES:  # the value itself counted too: bounded work
            continue
        inside = [
            findings[index].period
            for exact_value, index in values[low:high]
            if band.exact or exact_value != value
        ]
        spans = {_span(period) for period in inside if period is not None}
        if 0 < len(inside) <= MAX_CANDIDATES and len(spans) == 1:
            out[position] = replace(finding, period=inside[0])
    return out


def restate_periods(findings: Sequence[StatisticFinding]) -> list[StatisticFinding]:
    """Undated figures that repeat an earlier dated one (same value, unit and area:
    "167 reports … In the past year we received 167 reports") take its period, and a
    change dated only by the document's comparison takes the period of the same change
    where a sentence states it, before or after. Two passes, each in text order. Without
    an area the knowledge stage already takes a bare repeat for a mention of the figure,
    so none is given here."""
    dated: dict[tuple[float, str, str], PeriodFinding] = {}
    stated_changes: dict[tuple[float, str, str, str | None], PeriodFinding] = {}
    for finding in findings:  # a change dated where it is stated, anywhere in the text
        if finding.change and finding.period is not None and finding.period.kind != _ASSUMED:
            change_key = (float(finding.value), finding.unit, finding.area or "", finding.change)
            stated_changes.setdefault(change_key, finding.period)
    restated: list[StatisticFinding] = []
    for finding in findings:
        key = (float(finding.value), finding.unit, finding.area or "")
        stated = stated_changes.get((*key, finding.change)) if finding.change else None
        if stated is not None and finding.period is not None and finding.period.kind == _ASSUMED:
            finding = replace(finding, period=stated)  # a headline's "fall by 20 per cent"
        if finding.period is not None:
            dated.setdefault(key, finding.period)
        elif finding.area is not None and key in dated:
            finding = replace(finding, period=dated[key])
        restated.append(finding)
    return restated


_ASSUMED = "comparison"
"""The kind of the period a change takes from the document's comparison when its own
sentence states none (:func:`~pressfacts.statistics.period_comparisons.comparison_period`):
a restatement of a change dated where it is stated takes that date instead ("Burglaries
fall by 20 per cent" above "… fell by 20 per cent in 2025")."""
