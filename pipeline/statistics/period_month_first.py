"""A range of days of one month written month first: "between October 5 and 9", "from
March 3 to 7", "between Oct 12-16, 2025".

A named rule of :data:`pressfacts.statistics.period_table.PERIOD_RULES` (through
:mod:`pressfacts.statistics.period_own_needs`):

- ``month_first_shared_month_range``: "between" or "from", a month, a day, then "and",
  "to", "until" or a dash and a second bare day: those days of that month, placed in a
  year as any day range without a year is (:func:`pressfacts.statistics.period_ranges.
  resolve_shared_month_range`, "between 5 and 9 October" written day first). Read alone,
  "between October 5" was the single day and the range's last day was lost. Not "between
  October 5 and 9 November" (a second month: a range across months, ``day_range``'s
  reading), "from March 3 to 40 officers" (no day of a month: a count follows), "from
  June 2 to 9%" or "to 9.5" (a share, a decimal).

:data:`MONTH_FIRST_DAY_RANGE` is also exclusion ``month-first-day-range``
(:mod:`pressfacts.statistics.exclusions`): the range's last day is no figure ("from
October 5 to 9, police said" had given a statistic of 9).
"""

from __future__ import annotations

import re

from pressfacts.lexicon.months import MONTH
from pressfacts.statistics.period_ranges import WEEKDAY, resolve_shared_month_range
from pressfacts.statistics.period_rules import ORDINAL, YEAR, PeriodRule

_LAST_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
"""A day of a month: 1 to 31."""
_NO_COUNT_AFTER = rf"(?![,.]?\d|\s*(?:%|per\s*cent\b|percent\b|{MONTH}\b))"
"""What the last day is not followed by: more digits, a share or a month name."""

MONTH_FIRST_DAY_RANGE = re.compile(
    rf"\b(?:between|from)\s+{WEEKDAY}(?P<m>{MONTH})\s+(?P<d1>{_LAST_DAY}){ORDINAL}\s*"
    rf"(?:and|to|until|[-–])\s*{WEEKDAY}(?P<d2>{_LAST_DAY}){ORDINAL}\b{_NO_COUNT_AFTER}"
    rf"(?:,?\s+(?P<y>{YEAR})\b(?![,.]?\d)|\s+(?P<rel>this|last)\s+year\b(?!['’]s))?",
    re.I,
)
""""between October 5 and 9", "from Monday March 3 to Friday 7", "between Oct 12-16,
2025", "from June 1 to 14 last year"."""

MONTH_FIRST_RULES: tuple[PeriodRule, ...] = (
    PeriodRule(
        "month_first_shared_month_range",
        MONTH_FIRST_DAY_RANGE,
        resolve_shared_month_range,
        ("between", "from"),
    ),
)
"""Month-first day ranges (the period table adds them)."""
