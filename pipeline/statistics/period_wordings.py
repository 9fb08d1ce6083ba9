"""Period rules for a few more wordings of a span, each carrying its own needs.

- ``whole_year``: "in the whole of 2025", "over the course of 2023": the year;
- ``same_units``: "over the same nine months": the latest span stated before that lasts
  so long, past a shorter one stated in between ("In the third quarter alone, …");
- ``this_seasons_event``: "into this winter's campaign": the event dated before, as
  "during the campaign" is.

They join the period table through
:data:`pressfacts.statistics.period_own_needs.OWN_NEEDS_RULES`.
"""

from __future__ import annotations

from pressfacts.statistics.period_refers import resolve_the_named_event, resolve_the_units
from pressfacts.statistics.period_rules import COUNT, YEAR, PeriodRule, compile_rule, resolve_year

_EVENTS = ("operation", "campaign", "crackdown", "initiative", "blitz")

WORDING_RULES: tuple[PeriodRule, ...] = (
    # "in the whole of 2025", "over the course of 2023", "during the entirety of 2021"; not
    # "the whole of 2024/25" (financial_year)
    PeriodRule(
        "whole_year",
        compile_rule(
            rf"\b(?:in|during|throughout|for|over|across)\s+(?:the\s+)?(?:whole|entirety|course)"
            rf"\s+of\s+(?P<y>{YEAR})\b(?![-/]\d)",
            "idtfoa",
        ),
        resolve_year,
        needs=("whole of", "entirety of", "course of"),
    ),
    # "over the same nine months", "in the same two weeks"; not "the same three months last
    # year" / "… of 2023" (another year's: same_period_last_year, same_period_year)
    PeriodRule(
        "same_units",
        compile_rule(
            rf"\bthe\s+same\s+(?P<n>{COUNT})\s+(?P<unit>months|weeks|days)\b"
            r"(?!\s+(?:last|a|the|of|in|before|earlier|previously)\b)",
            "t",
        ),
        resolve_the_units,
        needs=("the same",),
    ),
    # "into this winter's campaign", "this year's operation"; not "last year's campaign"
    # (a year earlier: same_period_last_year), "this winter" alone (season)
    PeriodRule(
        "this_seasons_event",
        compile_rule(
            r"\bthis\s+(?:year|winter|summer|spring|autumn|festive\s+season|christmas)['’]s\s+"
            r"(?:[\w-]+\s+){0,2}?(?:operation|campaign|crackdown|initiative|blitz)\b",
            "t",
        ),
        resolve_the_named_event,
        needs=_EVENTS,
    ),
)
"""The period rules of these wordings."""
