"""A month named as the subject of a clause that singles it out with "alone": "April alone
accounted for 518 of the fires", "March alone saw 96 call-outs".

The rule ``month_alone_subject`` reads such a month (right before "alone" and a verb that
gives it its share or its count) as the whole latest such month not after P's month, as
"in April alone" is, by the same resolver (``resolve_bare_month``); "alone" makes it a
part of a whole stated before (:data:`pressfacts.statistics.period_alone_parts.PART_MARKERS`).
Not "Officers alone accounted for …" (no month), "April Jones alone had …" (a name: "alone"
must follow the month), "April 2026 alone …" (a year: the month-year rules'), "may alone"
(the verb).
"""

from __future__ import annotations

import re

from pressfacts.lexicon.months import MONTH
from pressfacts.statistics.period_rules import PeriodRule, resolve_bare_month

MONTH_ALONE_SUBJECT = re.compile(
    rf"\b(?P<phrase>(?P<m>{MONTH}))(?=\s+alone\s+(?:accounted\s+for|saw|had|recorded|logged|"
    r"brought|produced|made\s+up|generated|contributed)\b)",
    re.I,
)
"""A month, then "alone" and a verb of count or share ("may", the verb, is no month)."""


MONTH_ALONE_RULES: tuple[PeriodRule, ...] = (
    PeriodRule("month_alone_subject", MONTH_ALONE_SUBJECT, resolve_bare_month, ("alone",)),
)
"""The rule ``month_alone_subject``: see the module docstring."""
