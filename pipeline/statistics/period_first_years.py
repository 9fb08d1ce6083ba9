"""A span named by its place in a run of years, with its date in apposition.

"212 arrests in the year to March 2026, more than double the 98 it made in its first year,
2021/22": the date set off after "its first year" is the period of the count before it, as
"the 98 it made in 2021/22" would be. Read as one phrase from the possessive, the period
starts right after "in", so the count before it and a multiple's yardstick take it as they
take "in 2021/22", and the phrase is no later figure's main period (rules
``first_year_named_fiscal`` for a financial year, ``first_year_named_year`` for a calendar
year). Not "in its first year, officers …" (no date after the comma), nor "in its first year
2,400 calls" (a count, not a year).
"""

from __future__ import annotations

from pressfacts.statistics.period_part_again import resolve_year_part_again
from pressfacts.statistics.period_rules import YEAR, PeriodRule, compile_rule
from pressfacts.statistics.period_wordings import resolve_split_year

ORDINAL_YEAR = (
    r"\b(?:(?:in|during|over)\s+)?(?:its|their|the\s+[\w-]+['’]s?)\s+(?:first|second|third|opening|launch|pilot|"
    r"inaugural)\s+(?:full\s+)?(?:year|season|twelve\s+months|12\s+months),\s+"
)
"""A span named by its place in a run ("its first year, ", "the scheme's first full year, ",
"their pilot year, "), with the comma that sets its date off."""

FIRST_YEAR_RULES: tuple[PeriodRule, ...] = (
    PeriodRule(
        "first_year_named_fiscal",
        compile_rule(
            ORDINAL_YEAR + rf"(?P<y1>{YEAR})[/–-](?P<y2>{YEAR}|\d{{2}})\b(?![/–-]?\d)", "idoitIDOT"
        ),
        resolve_split_year,
        ("first", "second", "third", "opening", "launch", "pilot", "inaugural"),
    ),
    PeriodRule(
        "first_year_named_year",
        compile_rule(ORDINAL_YEAR + rf"(?P<y>{YEAR})\b(?![-/–,]?\d)", "idoitIDOT"),
        resolve_year_part_again,
        ("first", "second", "third", "opening", "launch", "pilot", "inaugural"),
    ),
)
"""Periods named as a span's place in a run with their date set off after it, each named."""
