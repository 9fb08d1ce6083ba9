"""A place's share of a total dated just before: "Wellingborough saw 97 burglaries".

A release often states a total with its period ("Between November and February,
officers recorded 1,214 burglaries across the county, compared with 1,498 a year
earlier") and then breaks it down by place in sentences that state no period again
("Wellingborough saw 97 burglaries, down from 130, while Kettering recorded 143"). The
place's counts are parts of the total: they cover its period, and a count a change
started from ("down from 130") covers the earlier period the total was compared with.

The carry is kept tight (:func:`carry_place_breakdowns`): the sentence states no period
phrase and opens with a place one of its figures is for (optionally after "In"), or says
"There were" so many in it ("There were 388 burglaries in Norwich"); a
figure takes a period only from the nearest of the :data:`LOOK_BACK` sentences before
that holds dated levels (not changes) of the same noun, when those levels agree on one
span; for a count after "down from" (or a bare yardstick after "compared with":
:func:`~.period_range_levels.started_from`), when the earlier halves of their comparisons do.
A figure inside a quote opened after the place (:data:`QUOTE_MARKS`: "Cornwall's
commissioner, Ann Lee, said: “We spent £40,000 …”") is the speaker's, not a part of the
place's breakdown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace

from pressfacts.findings import PeriodFinding, StatisticFinding
from pressfacts.statistics.period_alone_parts import whole_of_part
from pressfacts.statistics.period_descriptions import lemma
from pressfacts.statistics.period_range_levels import started_from

LOOK_BACK = 5
"""How many sentences back the dated total may stand (a short paragraph of shares and
changes may come between)."""
_OPENING = re.compile(
    r"\W{0,3}(?:(?:in|across|for)\s+)?"
    r"(?:the\s+(?:royal\s+)?(?:borough|district|county|city|town|county\s+borough)\s+of\s+)?",
    re.I,
)
"""What may stand before the place a breakdown sentence opens with: "In ", "Across the
borough of "."""
_NOT_A_TOTAL = ("baseline", "day", "since")
"""Kinds of period that date a yardstick or an event, not a total's span."""
_EARLIER = "previous"
"""The kind of the earlier half of a comparison ("compared with 1,498 a year earlier")."""


QUOTE_MARKS = ('"', "“")
"""Opening quote marks: a figure after one in its sentence is a speaker's, no breakdown's."""


def _quoted(text: str, s_start: int, at: int) -> bool:
    """Whether a quote opens between the start of the sentence and the figure at ``at``."""
    return any(mark in text[s_start:at] for mark in QUOTE_MARKS)


_THERE_WERE = re.compile(r"\W{0,3}there\s+(?:were|was|have\s+been|had\s+been)\s", re.I)
"""An opening that says how many there were, the place after the count: "There were 388
burglaries in Norwich"."""
_IN_PLACE = ("in ", "across ", "at ", "in the ", "across the ")
"""The words before the place of a "There were" count."""


PLACE_LED_NAME = re.compile(
    r"[ \t]+(?:(?:[A-Z][a-z]+|and)[ \t]+){0,4}?(?:Council|Commissioner|Authority|Board)\b"
)
"""Guard ``place_led_name``: right after the opening place, the rest of the name of a council,
a commissioner, an authority or a board named for it ("Lincolnshire County Council said it
had sent guidance to 362 schools", "Hampshire Police and Crime Commissioner Ann Lee has
given £40,000"): the sentence opens with a body named for the place, no breakdown by
place; not "Wellingborough saw 97 burglaries", "In Kent, 40 …", "Cornwall's commissioner
…", nor a force named for its area ("West Midlands Police held 904": a force's part of a
national total)."""


def _opens_with_place(text: str, s_start: int, s_end: int, places: set[str]) -> bool:
    """Whether the sentence from ``s_start`` to ``s_end`` opens with one of ``places``, or
    with "There were" and a count in one of them."""
    opening = _OPENING.match(text, s_start)
    at = opening.end() if opening else s_start
    if any(
        text.startswith(place, at) and not PLACE_LED_NAME.match(text, at + len(place))
        for place in places
    ):
        return True
    if not _THERE_WERE.match(text, s_start):
        return False
    sentence = text[s_start:s_end]
    return any(f" {words}{place}" in sentence for place in places for words in _IN_PLACE)


def _own_share(text: str, sentence: tuple[int, int], finding: StatisticFinding) -> bool:
    """A share is a part of the breakdown only when it is the opening place's own
    ("Carmarthenshire has 87 breeders, around a quarter of all those in Wales": the
    quarter, scoped by Wales, is no part of a dated total); a count always is."""
    if finding.unit != "percent":
        return True
    return bool(finding.area) and _opens_with_place(text, *sentence, {finding.area or ""})


def _levels(noun: str, index: int, dated: dict[int, list[StatisticFinding]]) -> list[PeriodFinding]:
    """The periods of the dated levels of ``noun`` in sentence ``index``."""
    return [
        f.period
        for f in dated.get(index, [])
        if f.change is None
        and f.period
        and f.period.kind not in _NOT_A_TOTAL
        and lemma(f.unit.split()[-1]) == noun
    ]


def _total_span(
    text: str, unit: str, before: int, dated: dict[int, list[StatisticFinding]], earlier: bool
) -> PeriodFinding | None:
    """The one span of the dated levels of ``unit``'s noun in the nearest sentence before
    ``before`` that holds any: of those that are a comparison's earlier half when
    ``earlier``, else of the others; None when they do not agree on one. A span singled
    out as a part ("in January and February alone") gives way to the whole stated before
    it (:func:`.whole_of_part`)."""
    noun = lemma(unit.split()[-1])
    for index in range(before - 1, max(-1, before - 1 - LOOK_BACK), -1):
        levels = _levels(noun, index, dated)
        if levels and (earlier or any(p.kind != _EARLIER for p in levels)):
            span = _one_span(levels, earlier)  # (a sentence of earlier halves only: on back)
            wholes = [p for i in sorted(dated) if i < index for p in _levels(noun, i, dated)]
            return whole_of_part(text, span, wholes)
    return None


def _one_span(levels: list[PeriodFinding], earlier: bool) -> PeriodFinding | None:
    """Of a total's levels, the span a part covers: the later of at most two (the earlier
    when ``earlier``), a comparison's earlier half being the earlier whatever its date."""
    halves = [p for p in levels if p.kind == _EARLIER]
    wanted = halves if earlier and halves else [p for p in levels if p not in halves]
    spans: dict[tuple[object, object], PeriodFinding] = {}
    for period in sorted(wanted, key=lambda p: (p.start, p.end)):
        spans.setdefault((period.start, period.end), period)
    if len(spans) == 1 and (halves or not earlier):
        return next(iter(spans.values()))
    if len(spans) == 2 and not (earlier and halves):
        return list(spans.values())[0 if earlier else -1]
    return None


def carry_place_breakdowns(
    text: str,
    sentences: Sequence[tuple[int, int]],
    findings: Sequence[StatisticFinding],
    stated: AbstractSet[int],
) -> list[StatisticFinding]:
    """``findings`` with the undated counts of a place-led breakdown sentence taking the
    period of the total just before (see the module docstring)."""
    places: dict[int, set[str]] = {}
    for finding in findings:
        if finding.area:
            places.setdefault(finding.sentence, set()).add(finding.area)
    dated: dict[int, list[StatisticFinding]] = {}
    result: list[StatisticFinding] = []
    for finding in findings:
        index = finding.sentence
        if (
            finding.period is None
            and finding.change is None
            and finding.unit
            and index not in stated
            and _opens_with_place(text, *sentences[index], places.get(index, set()))
            and _own_share(text, sentences[index], finding)
            and not _quoted(text, sentences[index][0], finding.start)
        ):
            s_start, s_end = sentences[index]
            earlier = started_from(text[s_start:s_end], finding.start - s_start)
            total = _total_span(text, finding.unit, index, dated, earlier=earlier)
            if total is not None:
                finding = replace(finding, period=total)
        if finding.period is not None:
            dated.setdefault(index, []).append(finding)
        result.append(finding)
    return result
