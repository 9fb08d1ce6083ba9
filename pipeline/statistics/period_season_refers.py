""" "During the season": the season stated before (rule ``the_season``).

- a sporting season (August to May) stated before, not a comparison's yardstick ("38
  orders in the 2024/25 season … bans rose during the season", not "up from 655 the
  season before"): that season;
- else, in a text that does not speak of football (:data:`~.period_football_seasons.
  FOOTBALL_WORDS`), the season a release on rural crime dated itself (hare coursing,
  lambing, shooting: "412 reports between 1 September and the end of February … 37 dogs
  seized during the season"): the latest span stated not far before it that lasts from
  four weeks to eleven months and is no comparison's yardstick (the "same period last year" a
  change is set against is not the season) (``the_season`` ``stated_season``);
- else undated.
"""

from __future__ import annotations

from pressfacts.statistics.period_football_seasons import FOOTBALL_WORDS
from pressfacts.statistics.period_refers import stated_season_span
from pressfacts.statistics.period_rules import (
    Context,
    PeriodRule,
    Resolution,
    Span,
    compile_rule,
)
from pressfacts.statistics.period_wordings import SPLIT_YEAR_SHAPES


def resolve_the_season(ctx: Context) -> Resolution:
    """The sporting season stated before, else the season the release dated (see the
    module), else undated."""
    shape = SPLIT_YEAR_SHAPES["football_season"]
    for before in reversed(ctx.found):
        stated = ((before.start.month, before.start.day), (before.end.month, before.end.day))
        if before.start_char < ctx.match.start() and stated == shape and before.kind != "previous":
            return Span(before.start, before.end, "same")
    return stated_season(ctx)


def stated_season(ctx: Context) -> Resolution:
    """The latest span not far before the phrase that could be a season
    (:func:`~.period_refers.stated_season_span`), in a text that does not speak of
    football; else undated."""
    if FOOTBALL_WORDS.search(ctx.match.string) is not None:
        return None
    earlier = stated_season_span(ctx)
    return Span(earlier.start, earlier.end, "same") if earlier else None


SEASON_REFER_RULES: tuple[PeriodRule, ...] = (
    # "during the season", "over the season": the season stated before; not "the
    # season's", "the season before" (year_before), "the festive season", "during the
    # lambing season" (a season named by its kind)
    PeriodRule(
        "the_season",
        compile_rule(
            r"\b(?:during|in|over|throughout|across)\s+the\s+season\b(?!['’]|\s+(?:before|of)\b)",
            "dioa",
        ),
        resolve_the_season,
        needs=("the season",),
    ),
)
"""The season stated before, referred back to (the period table adds it)."""
