"""Consistency of stated changes with their counts, and comparisons across two periods.

Plain functions over :class:`pressfacts.statistics.component.StatisticFinding` lists, used by the
numbers stage once every figure of a document is read:

- :func:`check_change`: where a text gives both the counts and the change ("from 1,747
  to 3,549, a rise of 103%"; "163 … leapt to 477 – a 193 per cent rise"), the change
  computed from the counts, the stated one, and whether they agree within rounding.
- :func:`compared_change`: a bare percentage stated as the yardstick of a change ("more
  than the North-West average, which is just over 100 per cent") is a change too.
- :func:`split_comparison`: counts checked against a change take the two halves of the
  comparison ("between July 2017 and January 2018" / "the following six months").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from pressfacts.findings import CheckFinding, PeriodFinding, StatisticFinding
from pressfacts.lexicon.months import MONTH
from pressfacts.lexicon.number_words import NUMBER
from pressfacts.lexicon.units import NOT_COUNTED_UNITS

FROM_TO = re.compile(
    rf"\bfrom\s+(?P<a>{NUMBER})(?:\s+(?!{MONTH}\b)[a-z]+)?\s+to\s+(?P<b>{NUMBER})"
    rf"(?![\w%]|\s*per\s?cent|\s+{MONTH}\b)",
    re.I,
)
"""Two counts a change runs between ("from 1,747 to 3,549"), read even without a unit: the
statistics stage keeps them per sentence for the checks of the changes found there. Not
the days of a date range (guard ``from_to_not_days``: a month after either number, "from
26 October to 5 November", "from 3 to 9 June"), which are no counts."""

_COMPARATOR = re.compile(
    r"\baverage\b|\b(?:higher|lower|more|less|greater|bigger|smaller)\s+than\s+(?:the|that|in)\b",
    re.I,
)
_FIGURE = re.compile(r"\d[\d,.]*")
"""A figure in digits: a comparator before one is that figure's, not a later percentage's
(rule ``comparator_of_figure_between``: "The average loss was £11,300, and one in five
victims …": the average is the loss's, so the share is no yardstick of a change)."""


def check_change(
    finding: StatisticFinding,
    findings: list[StatisticFinding],
    span: tuple[float, float] | None = None,
) -> StatisticFinding:
    """The change with its check against the counts beside it, when there are some:
    two counts of one unit in its sentence (or the later in it, the earlier in the
    sentence before), else the bare "from X to Y" of its sentence (``span``).

    ``findings`` need only hold those two sentences: the caller passes that window, so
    checking every change of a document stays linear in its figures."""
    if finding.change is None or finding.unit not in ("percent", "times"):
        return finding
    counts = [
        f for f in findings
        if f.unit not in NOT_COUNTED_UNITS
        and finding.sentence - 1 <= f.sentence <= finding.sentence
        and f.start < finding.start + 200
    ]  # fmt: skip
    paired = (
        len(counts) >= 2
        and counts[-1].unit == counts[-2].unit
        and counts[-1].sentence == finding.sentence  # the later count stands with it
    )
    if paired:
        first, second = counts[-2], counts[-1]
        if first.period and second.period and first.period.start > second.period.start:
            first, second = second, first  # "7,062 in 2023/24, double the 3,728 in 2017/18"
        earlier, later = float(first.value), float(second.value)
    elif span is not None:
        earlier, later = span  # "a rise of 103%, from 1,747 to 3,549"
    else:
        return finding
    if not earlier:
        return finding
    if finding.unit == "percent":
        computed = round(
            (later - earlier) / earlier * 100 * (1 if finding.change == "increase" else -1), 1
        )
        tolerance = 1.0
    else:
        computed = round(later / earlier, 2)
        tolerance = 0.05
    stated = float(finding.value)
    if finding.qualifier == "more than":
        agrees = computed >= stated - tolerance
    elif finding.qualifier in ("nearly", "less than"):
        agrees = stated * 0.9 - tolerance <= computed <= stated + tolerance
    else:
        agrees = abs(computed - stated) <= tolerance
    return replace(
        finding, check=CheckFinding(float(earlier), float(later), computed, stated, agrees)
    )


def compared_change(
    before: str, sentence: int, latest_first: Iterable[StatisticFinding]
) -> StatisticFinding | None:
    """The change a bare percentage is the yardstick of, if any.

    "Lancashire has more than the North-West average, which is just over 100 per cent",
    after "has increased by 146 per cent": a percentage stated as the yardstick of a
    change in the same or the sentence before is a change of the same kind, over the
    same period; not one after a percentage of its own sentence that is no change ("the
    rate was 5.8%, compared with an average of 6.4%": the yardstick of a level).

    Args:
        before: the sentence up to the percentage (and its qualifier).
        sentence: index of the percentage's sentence.
        latest_first: the findings read so far, the latest first; the walk stops at
            the first one before the sentence before (linear in a document of many).
    """
    if not _COMPARATOR.search(_FIGURE.split(before)[-1]):
        return None
    for finding in latest_first:
        if finding.sentence < sentence - 1:
            return None
        if finding.change and finding.unit == "percent" and finding.sentence <= sentence:
            return finding
        if finding.unit == "percent" and finding.sentence == sentence:
            return None  # "was 5.8%, compared with an average of 6.4%": a level's yardstick
    return None


def split_comparison(
    findings: list[StatisticFinding], periods: Sequence[PeriodFinding]
) -> list[StatisticFinding]:
    """Counts checked against a change ("from 1,747 to 3,549, more than double") and
    stated without a period of their own take the two halves of the comparison."""
    following = next((p for p in periods if p.kind == "following" and p.anchor), None)
    if following is None or following.anchor is None:
        return findings
    earlier = replace(following, start=following.anchor[0], end=following.anchor[1])
    halves: dict[tuple[int, float], PeriodFinding] = {}
    for finding in findings:
        if finding.check and finding.period and finding.period.start == following.anchor[0]:
            halves[(finding.sentence, finding.check.from_value)] = earlier
            halves[(finding.sentence, finding.check.to_value)] = following
    whole = (following.anchor[0], following.end)

    def own_period_missing(finding: StatisticFinding) -> bool:
        period = finding.period  # none, or one carried over rather than stated with it
        return period is None or (period.start, period.end) == whole or period.kind != "explicit"

    return [
        replace(f, period=halves[(f.sentence, float(f.value))])
        if own_period_missing(f) and (f.sentence, float(f.value)) in halves
        else f
        for f in findings
    ]


def checked_findings(
    findings: list[StatisticFinding],
    spans: dict[int, tuple[float, float]],
    periods: Sequence[PeriodFinding],
) -> list[StatisticFinding]:
    """Each change held against the counts of its sentence and the one before; counts
    checked against a change take the halves of the comparison."""
    by_sentence: dict[int, list[StatisticFinding]] = {}
    for finding in findings:
        by_sentence.setdefault(finding.sentence, []).append(finding)
    checked = [
        check_change(
            f, by_sentence.get(f.sentence - 1, []) + by_sentence[f.sentence], spans.get(f.sentence)
        )
        for f in findings
    ]
    return split_comparison(checked, periods)
