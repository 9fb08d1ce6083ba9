"""The season rules of the period table: "over the summer", "last winter", "over the festive
period", each a named rule of :data:`pressfacts.statistics.period_table.PERIOD_RULES`
resolved by :mod:`pressfacts.statistics.period_seasons` (kept apart so that the table stays
one screenful of rules per job)."""

from __future__ import annotations

from pressfacts.statistics.period_rules import PeriodRule, compile_rule
from pressfacts.statistics.period_seasons import (
    FESTIVE,
    FESTIVE_LEAD,
    SEASON,
    SEASON_LEAD,
    resolve_festive,
    resolve_season,
)

SEASON_RULES: tuple[PeriodRule, ...] = (
    # "over the summer", "last winter", "summer 2022"; not "the summer holidays"
    PeriodRule("season", compile_rule(SEASON, SEASON_LEAD), resolve_season),
    # "over the festive period", "over Christmas and New Year"; not "on Christmas Day"
    PeriodRule("festive", compile_rule(FESTIVE, FESTIVE_LEAD), resolve_festive),
)
"""The season rules, in the table's order."""
