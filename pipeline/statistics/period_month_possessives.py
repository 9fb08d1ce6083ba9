"""A month named in the possessive before what happened in it: "at May's local elections",
"from March's figures", "during October's operation".

The rule ``month_possessive`` reads the month of such a phrase (after a preposition, so
"Theresa May's government" is no month) as the whole latest such month not after P's
month, as "in May" is, by the same resolver (``resolve_bare_month``): "Turnout at May's
local elections was 31.4%" (P in September) is for May of P's year. A month followed by a
year ("May 2025's figures") is the month-year rules'.
"""

from __future__ import annotations

import re

from pressfacts.lexicon.months import MONTH
from pressfacts.statistics.period_rules import PeriodRule, resolve_bare_month

MONTH_POSSESSIVE = re.compile(
    rf"\b(?:at|in|during|from|for|since|after|before|than|on|of|over)\s+(?:this\s+year['’]s\s+)?"
    rf"(?P<phrase>(?P<m>{MONTH})['’]s)\s+(?=[a-z])",
    re.I,
)
"""A preposition, then "May's" and a lower-case word: "at May's local elections"."""


MONTH_POSSESSIVE_RULES: tuple[PeriodRule, ...] = (
    PeriodRule("month_possessive", MONTH_POSSESSIVE, resolve_bare_month, ("'s", "’s")),
)
"""The rule ``month_possessive``: see the module docstring."""
