"""Two years joined by "and" as one span: "Police recorded 40 crimes in 2023 and 2024"
covers both years (rule ``year_pair``); not "40 and 52 in 2023 and 2024 respectively" (a
year for each of two figures), nor "2023 and 2024's figures" (a possessive)."""

from __future__ import annotations

from pressfacts.statistics.period_rules import YEAR, PeriodRule, compile_rule, resolve_year_range

YEAR_PAIR_RULES: tuple[PeriodRule, ...] = (
    PeriodRule(
        "year_pair",
        compile_rule(
            rf"\b(?:in|during|across|over|throughout)\s+(?P<y1>{YEAR})\s+and\s+(?P<y2>{YEAR})\b"
            r"(?![/–-]|['’]s|,?\s+respectively)",
            "idota",
        ),
        resolve_year_range,
        needs=(" and ",),
    ),
)
"""Rules over pairs of years; they carry their own needs."""
