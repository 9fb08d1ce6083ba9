"""A month named in the possessive before what happened in it: "at May's local elections",
"from March's figures", "during October's operation".

The rule ``month_possessive`` reads the month of such a phrase (after a preposition, so
"Theresa May's government" is no month) as the whole latest such month not after P's
month, as "in May" is: "Turnout at May's local elections was 31.4%" (P in September) is
for May of P's year. Undated without P. A month followed by a year ("May 2025's
figures") is the month-year rules'.
"""

from __future__ import annotations

import re

from pressfacts.lexicon.months import MONTH
from pressfacts.statistics.period_rules import (
    Context,
    PeriodRule,
    Resolution,
    Span,
    latest_month,
    month_end,
)

MONTH_POSSESSIVE = re.compile(
    rf"\b(?:at|in|during|from|for|since|after|before|than|on|of|over)\s+(?:this\s+year['’]s\s+)?"
    rf"(?P<phrase>(?P<m>{MONTH})['’]s)\s+(?=[a-z])",
    re.I,
)
"""A preposition, then "May's" and a lower-case word: "at May's local elections"."""


def resolve_month_possessive(ctx: Context) -> Resolution:
    """The whole latest such month not after P's month; undated without P."""
    published = ctx.published
    if published is None:
        return None
    first = latest_month(ctx.group("m") or "", published, False)
    end = month_end(first.year, first.month)
    return Span(first, min(end, published) if end > published else end, "relative")


MONTH_POSSESSIVE_RULES: tuple[PeriodRule, ...] = (
    PeriodRule("month_possessive", MONTH_POSSESSIVE, resolve_month_possessive, ("'s", "’s")),
)
"""The rule ``month_possessive``: see the module docstring."""
