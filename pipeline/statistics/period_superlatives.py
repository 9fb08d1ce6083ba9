"""A superlative's "since" is a yardstick, not a period: "the highest since 2019".

:data:`SUPERLATIVE_SINCE` is the pattern of the rule ``superlative_since`` of
:data:`pressfacts.statistics.period_table.PERIOD_RULES`: a superlative, a few measure
words, then "since" and a year ("the lowest summer total since 2019", "the most since the
scheme began in 2016") or a start said without a date ("the highest of any quarter since
the scheme began", "the most since records began"). The whole phrase is taken
(:func:`resolve_no_period`) so that no rule reads a period inside it; the figure keeps the
period its sentence states.
"""

from __future__ import annotations

from pressfacts.lexicon.months import MONTH
from pressfacts.statistics.period_rules import NOT_A_PERIOD, YEAR, Context, Resolution

_SUPERLATIVE = (
    r"highest|lowest|most|fewest|largest|biggest|greatest|smallest|best|worst|first\s+time"
)
"""Words of a superlative whose "since" phrase is a yardstick, not the figure's span."""
_MEASURE_WORDS = r"number|figure|level|total|rate|amount|count|tally|recorded|reported|seen|ever"
"""Words between a superlative and its "since": "the highest [number] [recorded] since"."""
_OF_ANY = r"(?:\s+(?:of|for|in)\s+any\s+(?:[a-z-]+\s+)?[a-z]+)?"
"""What a superlative ranks among: "the highest [of any quarter] since"."""
_START_AGAIN = (
    r"(?:(?:the|its|their|our)\s+(?:[\w’'-]+\s+){0,3}?|records\s+)"
    r"(?:began|started|launched|went\s+live|opened|were\s+first\s+kept)\b(?!\s+(?:in|on)\b)"
)
"""A start said without its date: "the scheme began", "records began"; not "the scheme
began in 2016" (a year, read by the year ending)."""
SUPERLATIVE_SINCE = (
    rf"\b(?:{_SUPERLATIVE})\b{_OF_ANY}(?:(?:\s+[a-z-]+){{0,2}}?(?:\s+(?:{_MEASURE_WORDS})){{1,2}})?"
    rf"\s+since\s+(?:(?:[\w\s’']{{1,60}}?\bin\s+)?(?:(?:{MONTH})\s+)?{YEAR}\b|{_START_AGAIN})"
)
"""A superlative, its measure words and "since" a year or a start said again."""


def resolve_no_period(_ctx: Context) -> Resolution:
    """A phrase that reads like a period but is none ("the highest since 2019"): its
    words are taken so that no rule reads a period inside them."""
    return NOT_A_PERIOD
