"""Pieces of the period rules' patterns that several rules of
:mod:`pressfacts.statistics.period_table` share: a span "the same … last year" repeats, the
words marking a repeated span, the words before "week", a year or season named again, and
a financial year stated or named."""

from __future__ import annotations

from pressfacts.statistics.period_rules import COUNT, YEAR

__all__ = ["FISCAL_YEAR", "SAME", "SAME_SPAN", "WEEK_WORDS", "YEAR_OR_SEASON"]

SAME_SPAN = (
    rf"(?:period|time|point|quarter|fortnight|weekend|(?:{COUNT}[-\s])?(?:months?|weeks?|days?|nights?)|"
    r"(?:[\w-]+\s+){0,2}?(?:campaign|operation|week\s+of\s+action|crackdown|amnesty|initiative|"
    r"blitz))"
)
"""What "the same … last year" may repeat: "period", "point", "quarter", "fortnight",
"weekend", "six months", "campaign", "night" (rule ``same_night_last_year``: "up 9% on the
same night last year" after a night stated by its weekdays or dates)."""
SAME = r"(?:same|equivalent|corresponding|comparable)"
"""What marks a repeated span: "the same week", "the equivalent week", "the corresponding
period"."""
WEEK_WORDS = r"(?:[\w'’-]+\s+(?:(?!(?:last|this|next)\s+week\b)[\w'’-]+\s+){0,2}?)?"
"""Up to three words between the article and "week" of the rule ``the_week``; rule
`the_week_not_relative`: none after the first is "last", "this" or "next" right before "week"
("17 sites across the county last week" is "last week"; "over the last week" stays)."""
YEAR_OR_SEASON = r"(?:year|season|winter|summer|spring|autumn)"
"""What "the same … the previous" names: a year, a sporting season ("the same point last
season") or a season of the year ("the previous winter")."""
FISCAL_YEAR = (
    rf"(?P<y1>{YEAR})[/–-](?P<y2>{YEAR}|\d{{2}})\b(?![/–-]?\d)(?:\s+financial\s+year)?|"
    r"(?:(?P<which>this|current|last|previous|next)\s+|(?<=the\s))financial\s+year\b"
    r"(?!\s+(?:to|ending|\d))"
)
"""A financial year stated ("2024/25", "2023-24 financial year") or named ("this
financial year", "the financial year": P's; not "the financial year to March 2024")."""
