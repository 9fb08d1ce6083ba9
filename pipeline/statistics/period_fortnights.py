"""A fortnight pointed back to: "during the fortnight", "over that fortnight".

A release that states a two-week span ("the surrender, which ran from 14 to 27 July") may
count more figures "during the fortnight" after other periods have been stated (a previous
campaign "in November 2022"). ``the_fortnight`` (:data:`FORTNIGHT_RULES`) is the latest
span stated before it, within :data:`FORTNIGHT_REACH` characters, that is a fortnight long
(:data:`FORTNIGHT_DAYS`), not merely the period stated just before; with none, the phrase
is no period at all and the figure is dated as it was without the rule.
"""

from __future__ import annotations

import re

from pressfacts.statistics.period_rules import NOT_A_PERIOD, Context, PeriodRule, Resolution, Span

FORTNIGHT_DAYS = range(11, 16)
"""How many days after its first a stated fortnight may end (12 to 16 days in all)."""
FORTNIGHT_REACH = 2500
"""How far before the phrase (in characters) the fortnight it points back to may be stated."""
YARDSTICK_KINDS = frozenset({"previous"})
"""Kinds of span a fortnight never points back to: a yardstick counted back from another
span ("down from 31 over the same two weeks last year"), which the figures after it are
not about."""
THE_FORTNIGHT = re.compile(
    r"\b(?:during|over|in|throughout|across)\s+(?:the|that|this|its|their)\s+(?:same\s+)?"
    r"fortnight\b(?!['’]|\s+(?:to|ending|ended|up\s+to|before|after|of|from|since)\b)",
    re.I,
)
"""Rule ``the_fortnight``: "forces collected almost 11,600 firearms during the fortnight",
"over that fortnight", "throughout the same fortnight"; not "the fortnight to 14 May" or
"the fortnight ending Friday" (a span of its own: ``span_to_day``, ``span_to_weekday``),
"in a fortnight" (a duration to come), "the fortnight's" (a possessive)."""


def resolve_the_fortnight(ctx: Context) -> Resolution:
    """The latest span stated before the phrase, within :data:`FORTNIGHT_REACH`, whose end
    is :data:`FORTNIGHT_DAYS` days after its start and which is no yardstick
    (:data:`YARDSTICK_KINDS`); when there is none, no period (the
    phrase blocks nothing: "made 300 arrests during the fortnight" after "in May" keeps
    whatever the figure took before)."""
    floor = ctx.match.start() - FORTNIGHT_REACH
    for before in reversed(ctx.found):
        if before.end_char < floor:
            break
        if (
            before.kind not in YARDSTICK_KINDS
            and (before.end - before.start).days in FORTNIGHT_DAYS
        ):
            return Span(before.start, before.end, "same")
    return NOT_A_PERIOD


FORTNIGHT_RULES: tuple[PeriodRule, ...] = (
    PeriodRule("the_fortnight", THE_FORTNIGHT, resolve_the_fortnight, needs=("fortnight",)),
)
"""The period rules of a fortnight pointed back to."""
