"""A count of "such" things counts the kind of thing the figures just stated count.

"Childline held 4,150 sessions about online abuse in Wales last year. … Across the UK, it
held almost 60,000 such sessions.": the sentence states no period and opens on no
back-reference, but "such sessions" are the sessions of the figure before: the count takes
the main period of the nearest of the few sentences before it that states one
(:meth:`pressfacts.statistics.period_context.DocumentPeriods.nearest_main_before`, when
:func:`counts_such` holds).
"""

from __future__ import annotations

import re

SUCH_AFTER = re.compile(
    r"(?:£|about\s+|around\s+|almost\s+|nearly\s+|over\s+|more\s+than\s+)?[\d,.]+"
    r"(?:\s*(?:m|bn|million|billion|k)\b)?\s+(?:more\s+|other\s+|further\s+)?such\s+[a-z]",
    re.I,
)
"""A figure right before "such" and the noun it counts: "60,000 such sessions", "12 more
such cases"; not "such as 12 cases" (an example), nor "60,000 sessions, such as …"."""


def counts_such(sentence: str, offset: int) -> bool:
    """Whether the figure at ``offset`` of ``sentence`` counts "such" things
    (:data:`SUCH_AFTER`)."""
    return " such " in sentence and SUCH_AFTER.match(sentence, offset) is not None
