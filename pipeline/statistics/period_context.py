"""Which period a figure gets: the choice among the periods stated around it.

The periods themselves are found by :mod:`pressfacts.statistics.periods`; this module
decides which of them a figure of the numbers stage covers (its clause's, the one
stated before it in the sentence, the span of a comparison for a change).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pressfacts.findings import PeriodFinding

CLAUSE_BREAK = re.compile(r"[;:]|\s[–—-]\s|\.\s|,\s+(?:while|whereas|but|although)\b")
"""Where one clause of a sentence ends and the next begins."""


def comparison_period(periods: Sequence[PeriodFinding]) -> PeriodFinding | None:
    """The span a two-period comparison covers, read where it is stated."""
    return next(
        (
            replace(
                p,
                start=min(p.anchor[0], p.start),
                end=max(p.anchor[1], p.end),
                kind="comparison",
            )
            for p in periods
            if p.kind in ("following", "previous") and p.anchor is not None
        ),
        None,
    )


def clause_periods(
    sentence: str, s_start: int, absolute: int, periods: list[PeriodFinding]
) -> list[PeriodFinding]:
    """The periods of the number's clause; else those stated before it in the sentence
    ("In 2022, …"); a later clause's period belongs to that clause."""
    start, end = s_start, s_start + len(sentence)
    for brk in CLAUSE_BREAK.finditer(sentence):
        if s_start + brk.end() <= absolute:
            start = s_start + brk.end()
        elif s_start + brk.start() > absolute:
            end = s_start + brk.start()
            break
    in_clause = [p for p in periods if start <= p.start_char < end]
    return in_clause or [p for p in periods if p.start_char < absolute]


def choose_period(
    absolute: int,
    change: str | None,
    periods: list[PeriodFinding],
    comparison: PeriodFinding | None,
    sentence_periods: Sequence[PeriodFinding] = (),
) -> PeriodFinding | None:
    """The period of the figure at ``absolute`` among its clause's ``periods``."""
    if change:
        since = next((p for p in periods if p.kind in ("since", "baseline")), None)
        # what the change is about may stand in another clause of the sentence
        # ("… offences last year – an increase of 37% since 2021")
        others = [p for p in (sentence_periods or periods) if p is not since]
        if since and others:  # "37% since 2021" about last year: 2021 to its end
            end = max(o.end for o in others)
            if since.kind == "baseline":  # "up 30% on 2022" in a 2023 sentence
                end = max(end, since.end)
            return replace(since, start=min(since.start, *(o.start for o in others)), end=end)
        if since:
            return since
        explicit = [p for p in periods if p.kind in ("explicit", "relative")]
        if len(explicit) >= 2:  # "from 120 in 2022 to 410 in 2023, up 242%": both years
            return replace(
                explicit[0],
                start=min(p.start for p in explicit),
                end=max(p.end for p in explicit),
                kind="comparison",
            )
        anchored = next((p for p in periods if p.anchor is not None), None)
        if anchored and anchored.anchor:
            return replace(anchored, start=anchored.anchor[0])
        if not periods and comparison:
            return comparison
    if not periods:
        return None
    return min(periods, key=lambda p: abs(p.start_char - absolute))


def figure_period(
    sentence: str,
    s_start: int,
    absolute: int,
    change: str | None,
    sentence_periods: list[PeriodFinding],
    comparison: PeriodFinding | None,
) -> PeriodFinding | None:
    """The period of the figure at ``absolute`` (document offset) of ``sentence``."""
    return choose_period(
        absolute,
        change,
        clause_periods(sentence, s_start, absolute, sentence_periods),
        comparison,
        sentence_periods,
    )
