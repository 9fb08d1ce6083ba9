"""Which of the periods of a figure's own clause the figure covers (:func:`choose_period`).

Read by :meth:`pressfacts.statistics.period_context.DocumentPeriods` for a figure whose
clause states periods: a level takes the nearest; a change takes the comparison it is
measured against, both halves (see :mod:`pressfacts.statistics.period_comparisons`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pressfacts.findings import PeriodFinding
from pressfacts.statistics.period_comparisons import (
    first_comparison_after,
    governing_comparison,
    level_years,
)
from pressfacts.statistics.period_comparisons import other_earlier_half as other
from pressfacts.statistics.period_narrative import STATED_RANGE
from pressfacts.statistics.period_plans import tally_over
from pressfacts.statistics.period_since_data import since_dated_after
from pressfacts.statistics.periods import UNRESOLVED

EVENT_KINDS = ("day",)
"""Kinds of period that date an event, which no figure takes."""
_YARDSTICKS = ("since", "baseline")


def _yardstick(period: PeriodFinding) -> bool:
    """A comparison's earlier half or a bare yardstick: never what a change is about."""
    return other(period) or period.kind == "baseline"


LATER_DEED = re.compile(r"(?:,|\band)\s+(?:[a-z]+\s+){0,2}?[a-z]{3,}ed\b")
"""Between a figure and a later period, another deed told after it: ", twice damaged",
"and pushed him over"."""


def range_over_later_event(
    nearest: PeriodFinding, periods: Sequence[PeriodFinding], absolute: int, text: str
) -> PeriodFinding:
    """Rule ``range_over_later_event``: for a level at ``absolute`` whose nearest period
    comes after it, in another deed of the sentence, and lies inside a range with both ends
    stated before the figure ("between June and November 2025 he shouted abuse … on at least
    40 occasions, twice damaged his scooter and pushed him over … in October"), the range:
    the later month dates that deed, not the count. Not "… 40 arrests, including 12 in
    March" (no deed between), nor a later period outside the range."""
    if not text or nearest.start_char < absolute:
        return nearest
    between = text[absolute : nearest.start_char]
    if not LATER_DEED.search(between):
        return nearest
    ranges = [
        p
        for p in periods
        if p.end_char <= absolute
        and p.start <= nearest.start
        and nearest.end <= p.end
        and (p.start, p.end) != (nearest.start, nearest.end)
        and STATED_RANGE.match(text[p.start_char : p.end_char])
    ]
    return ranges[-1] if ranges else nearest


FOLLOWING_GAP = re.compile(r"[\d,;:()\u2013\u2014]")
"""What may not stand between a figure and the span counted on after it for
:func:`following_after_figure`: another figure, or a clause's punctuation."""


def following_after_figure(
    nearest: PeriodFinding, periods: Sequence[PeriodFinding], absolute: int, text: str
) -> PeriodFinding:
    """Rule ``following_after_figure``: for a level at ``absolute`` between a period stated
    before it and, later in the same run of words, a span counted on from that period ("Of
    the 180 who finished the course in 2025, 82% had not reoffended in the following six
    months"), the counted-on span: the period before is only its starting point. Not a
    figure before the period ("40 drivers were caught in March 2025, and … in the following
    six months"), nor one with another figure or a comma between it and the span ("12 in
    2025, and 30 more in the following six months")."""
    if not text or nearest.start_char >= absolute:
        return nearest
    for period in periods:
        if (
            period.kind == "following"
            and period.anchor == (nearest.start, nearest.end)
            and period.start_char > absolute
            and not FOLLOWING_GAP.search(text[absolute : period.start_char].split(None, 1)[-1])
        ):
            return period
    return nearest


OWN_SPAN_GAP = re.compile(
    r"(?:[a-z]+\s+){0,2}?[\d.,]*\d\s*(?:%|per\s*cent)?\s+"
    r"(?:(?:in|during|over|across)\s+(?:the\s+)?)?",
    re.I,
)
"""What stands between a change's figure and a span stated right after it, for
:func:`own_span_after_change`: the rest of the figure ("30% ", "around 30% ") and its
preposition ("in ", "during "), with the article a phrase may leave outside its own
words ("over the " before "past year")."""
CLAUSE_JOINT = re.compile(r"(?:,\s*(?:and|but|while|whereas)\b|;)", re.I)
"""A joint between two clauses: ", and", ", but", ", while", ";"."""


def own_span_after_change(
    absolute: int, periods: Sequence[PeriodFinding], text: str
) -> PeriodFinding | None:
    """Rule ``own_span_after_change``: a change whose own span follows it right after a
    preposition ("…, and says assaults fell by around 30% in the first six months of
    2026") is stated over that span when every other dated span of its clause stands
    before it, beyond a clause joint (", and", ", but", ";"), as another figure's ("has
    issued 450 cameras since last spring, and …"): not the union of both. Not "from 120 in
    2024 to 150 in 2025, up 25%" (no span after the change), nor "rose by 20% in 2025,
    from 100 in 2024" (a span after it), nor "in 2024 there were 100, up 20% in 2025" (no
    joint between)."""
    if not text:
        return None
    after = [p for p in periods if p.start_char > absolute]
    if not after:
        return None
    own = min(after, key=lambda p: p.start_char)
    if not OWN_SPAN_GAP.fullmatch(text[absolute : own.start_char]):
        return None
    before = [p for p in periods if p is not own]
    if not before or any(
        p.end_char > absolute or not CLAUSE_JOINT.search(text[p.end_char : absolute])
        for p in before
    ):
        return None
    return own


def choose_period(
    absolute: int,
    change: str | None,
    periods: Sequence[PeriodFinding],
    sentence_periods: Sequence[PeriodFinding] = (),
    text: str = "",
) -> PeriodFinding | None:
    """The period of the figure at ``absolute`` among its clause's ``periods`` (``text``:
    the document's, for :func:`range_over_later_event`)."""
    periods = [p for p in periods if p.kind not in EVENT_KINDS]
    sentence_periods = [p for p in sentence_periods if p.kind not in (*EVENT_KINDS, UNRESOLVED)]
    if not periods:
        return None
    nearest = min(periods, key=lambda p: abs(p.start_char - absolute))
    if nearest.kind == UNRESOLVED:
        return None
    periods = [p for p in periods if p.kind != UNRESOLVED]
    if change:
        first = first_comparison_after(periods, absolute)
        anchor = first.anchor if first else None
        # "since January, an increase of 35% on the same period last year": the comparison
        # it is measured against, both halves; the "since" is the later half, not the
        # change's baseline
        if first and anchor:
            return replace(first, start=min(anchor[0], first.start), end=max(anchor[1], first.end))
        # the yardstick the change is measured against ("9% more than in 2024, and treble…")
        since = governing_comparison([p for p in periods if p.kind in _YARDSTICKS], absolute)
        # what the change is about may stand in another clause of the sentence
        # ("… offences last year – an increase of 37% since 2021")
        # … unless its own clause states one ("…, and in Q3 reports rose by 31% on the
        # previous quarter": Q3, not the 2025/26 of the clause before)
        # … but a "since" (to P) not one a later clause states ("… rose by 14% since March,
        # and officers seized £61,000 in 2024": the seizure's year, not the rise's)
        others = [p for p in periods if p is not since and not _yardstick(p)] or [
            p
            for p in sentence_periods
            if p is not since
            and not _yardstick(p)
            and (p.start_char < absolute or not since or since.kind != "since")
        ]
        if since and others:  # "37% since 2021" about last year: 2021 to its end
            end = max(o.end for o in others)
            if since.kind == "baseline":  # "up 30% on 2022" in a 2023 sentence
                end = max(end, since.end)
            return replace(since, start=min(since.start, *(o.start for o in others)), end=end)
        if since:  # "doubled since 2020." then "… in 2025, compared with … in 2020"
            return since_dated_after(since, text) or since
        own = own_span_after_change(absolute, periods, text)
        if own is not None:
            return own
        explicit = level_years([p for p in periods if p.kind in ("explicit", "relative")])
        nested = nested_spans(explicit, sentence_periods)
        if len({(p.start, p.end) for p in explicit}) >= 2 and not nested:
            # "from 120 in 2022 to 410 in 2023, up 242%": both years; not one span restated
            # ("In the second quarter of 2024/25, between July and September, …")
            return replace(
                explicit[0],
                start=min(p.start for p in explicit),
                end=max(p.end for p in explicit),
                kind="comparison",
            )
        anchored = governing_comparison([p for p in periods if p.anchor is not None], absolute)
        if anchored and anchored.anchor:  # "up 13% on the previous year": both
            return replace(
                anchored,
                start=min(anchored.anchor[0], anchored.start),
                end=max(anchored.anchor[1], anchored.end),
            )
    nearest = min(periods, key=lambda p: abs(p.start_char - absolute))
    nearest = following_after_figure(nearest, periods, absolute, text)
    return tally_over(range_over_later_event(nearest, periods, absolute, text), periods, absolute)


def nested_spans(periods: Sequence[PeriodFinding], compared: Sequence[PeriodFinding]) -> bool:
    """Rule ``nested_span_restated``: whether ``periods`` are two spans, one within the other,
    and a comparison of the sentence (``compared``) is anchored on the narrower ("rose by 22%
    this year, to 318 between January and October, compared with the same period in 2025":
    this year's months told more narrowly, and compared): no two levels' periods to join;
    not "from 120 in 2023 to 410 in 2024" (two years apart), nor "over the past five years
    …, from 210 to 340 in 2024/25" (no comparison: the span it is measured over)."""
    spans = {(p.start, p.end) for p in periods}
    if len(spans) != 2:
        return False
    outer, inner = sorted(spans, key=lambda span: (span[0], -span[1].toordinal()))
    if not (outer[0] <= inner[0] and inner[1] <= outer[1]):
        return False
    return any(p.anchor == inner for p in compared)
