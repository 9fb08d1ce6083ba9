"""A change between two levels covers both levels' periods, not the earlier one alone.

"Officers seized 1,240 knives in 2023, compared with 980 in 2020, an increase of 27 per
cent over three years": the nearest period to the 27 per cent is 2020 (its clause starts
at ", compared with"), but the change runs from the earlier level to the later one, so
it covers 2020-01-01..2023-12-31 (the contract: a change between two periods covers
both). Three named rules, tried in order by :func:`change_between_levels`:

``two_levels``
    the change's period is one of two periods of the sentence of about the same length,
    one of which is the earlier level's ("compared with 980 in 2020", "from 400 in
    2020", "rising from 512 in 2019-20"): from the start of the earlier to the end of
    the later.
``levels_years_apart``
    the change's period is the earlier level's alone and the change is stated over a
    number of years ("nearly tripled in four years, climbing from 512 in 2019-20"): the
    later level's period is the earlier one that many years on (2019-20 -> 2023-24), so
    the change covers 2019-04-01..2024-03-31.

``restated_later_level``
    as ``two_levels``, the later level's period being a back-reference that restates a
    span stated before ("fell to 1,046 in the same six months, down from 1,318 between
    April and September last year, a drop of 21%"): both spans.

A change over one span ("rose by 9 per cent in 2023-24") has no earlier level and keeps
its span; a change with "since" or a comparison anchor is settled before this is asked.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from pressfacts.findings import PeriodFinding
from pressfacts.lexicon.number_words import UNITS
from pressfacts.statistics.period_rules import shifted

EARLIER_LEVEL = re.compile(
    r"\b(?:compared\s+(?:with|to)|against|from|than)\s+(?:[a-z]+\s+){0,2}?£?\d[\d,.]*"
    r"(?:\s*(?:k|m|million|bn|billion))?(?:\s+[a-z’']+){0,3}?\s*(?:in\s+|during\s+|for\s+)?$",
    re.I,
)
"""The words before an earlier level's period: a comparator or "from", then the level
("compared with 980 in ", "from 3,782 in ", "up from 1,200 crimes during "), read up to
where the period phrase starts."""
OVER_YEARS = re.compile(
    r"\b(?:in|over|within)\s+(?:just\s+|only\s+)?(?P<n>\d{1,2}|" + "|".join(UNITS) + r")\s+years\b",
    re.I,
)
"""A change stated over a number of years: "in five years", "over two years" (not "in
the past five years", a period of its own)."""
SAME_LENGTH_DAYS = 3
"""How far two periods' lengths may differ and still be two levels of one series (a year
of 365 and a leap year of 366 days; a financial year and a calendar year)."""
_DATED = ("explicit", "relative")
_RESTATED = ("same",)
"""Kinds of period that restate a span stated before ("in the same six months")."""


def _days(period: PeriodFinding) -> int:
    return (period.end - period.start).days


def _earlier_level(sentence: str, s_start: int, period: PeriodFinding) -> bool:
    """Whether ``period`` is stated as the period of an earlier level of the comparison."""
    before = sentence[max(0, period.start_char - s_start - 80) : period.start_char - s_start]
    return EARLIER_LEVEL.search(before) is not None


@dataclass(frozen=True)
class SpanContext:
    """What the rules read: the sentence, the change's chosen period, the sentence's."""

    sentence: str
    s_start: int
    absolute: int
    chosen: PeriodFinding
    periods: Sequence[PeriodFinding]


def two_levels(ctx: SpanContext) -> PeriodFinding | None:
    """ "2,410 in 2023, compared with 1,870 in 2021, a rise of 29%": 2021 to 2023."""
    return _levels_of_kinds(ctx, _DATED)


def restated_later_level(ctx: SpanContext) -> PeriodFinding | None:
    """ "fell to 140 in the same three months, down from 175 between April and June last
    year, a drop of 20%": the later level's period restates a span stated before (kind
    ``same``); the change covers both, as with ``two_levels``."""
    return _levels_of_kinds(ctx, _RESTATED)


def _levels_of_kinds(ctx: SpanContext, kinds: tuple[str, ...]) -> PeriodFinding | None:
    """Both levels' span, the other level's period being of one of ``kinds``."""
    chosen = ctx.chosen
    others = [
        p
        for p in ctx.periods
        if p.kind in kinds
        and p is not chosen
        and (p.end < chosen.start or p.start > chosen.end)
        and abs(_days(p) - _days(chosen)) <= SAME_LENGTH_DAYS
    ]
    for other in others:
        earlier, later = sorted((chosen, other), key=lambda p: p.start)
        if _earlier_level(ctx.sentence, ctx.s_start, earlier):
            return replace(chosen, start=earlier.start, end=later.end, kind="comparison")
    return None


def levels_years_apart(ctx: SpanContext) -> PeriodFinding | None:
    """ "nearly tripled in four years, climbing from 512 in 2019-20": 2019-20 to 2023-24."""
    chosen = ctx.chosen
    if not _earlier_level(ctx.sentence, ctx.s_start, chosen):
        return None
    over = OVER_YEARS.search(ctx.sentence)
    if over is None:
        return None
    word = over.group("n").lower()
    years = int(word) if word.isdigit() else UNITS[word]
    _start, end = shifted(chosen.start, chosen.end, years)
    return replace(chosen, end=end, kind="comparison")


SPAN_RULES: tuple[tuple[str, Callable[[SpanContext], PeriodFinding | None]], ...] = (
    ("two_levels", two_levels),
    ("levels_years_apart", levels_years_apart),
    ("restated_later_level", restated_later_level),
)
"""The named rules, in the order they are tried."""


def change_between_levels(
    sentence: str,
    s_start: int,
    absolute: int,
    chosen: PeriodFinding,
    periods: Sequence[PeriodFinding],
) -> PeriodFinding:
    """The period of a change at ``absolute`` whose clause gave ``chosen`` (one dated
    period): both levels' span when ``chosen`` is one level of a two-level comparison
    (:data:`SPAN_RULES`); else ``chosen``."""
    if chosen.kind not in _DATED:
        return chosen
    ctx = SpanContext(sentence, s_start, absolute, chosen, periods)
    for _name, rule in SPAN_RULES:
        spanned = rule(ctx)
        if spanned is not None:
            return spanned
    return chosen
